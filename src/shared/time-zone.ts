// The user's time zone, as the browser knows it. Core code never reads it: it is passed in, so pure
// code gives the same answer in tests, the worker and every page (see core/local-day.ts).
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
