/**
 * How long a case over huge or hostile input (a 10 MB page, a fuzz run) may take before vitest calls it
 * hung. Their run time follows the machine's load (a 10 MB page parsed and read on a busy 2-core machine
 * took over 100 s, about 30 s idle, most of it happy-dom's selector scans, which a browser does in
 * milliseconds), so this only stops a real hang; it is not a speed check (those are in bench/).
 */
export const HANG_TIMEOUT = 900_000;
