// Row ids that sort by creation: a time part, a per-context counter, then randomness (like a ULID).
// Events written in the same millisecond (saved + applied) then keep their order in index scans,
// which break ties on `at` by primary key.
let lastTime = 0;
let counter = 0;

export function newId(now: number = Date.now()): string {
  if (now === lastTime) counter++;
  else {
    lastTime = now;
    counter = 0;
  }
  const random = crypto.randomUUID().replace(/-/g, "").slice(0, 16);
  return `${now.toString(36).padStart(9, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}
