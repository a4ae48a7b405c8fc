// The invented names that stand in for private people, employers and addresses in the real mail
// fixtures (scrubbed: tests/fixtures/emails/real/MANIFEST.md). Hundreds of fixtures from every kind
// of sender share them, so a model would learn them as if they said something; a user's mail never
// has them. The trainer keeps no feature built on one (train.ts), so they weigh nothing anywhere.
const STAND_IN_WORDS = new Set([
  "alex",
  "morgan",
  "sam",
  "taylor",
  "jordan",
  "blake",
  "northwind",
  "someone",
]);

/** True for a feature ("s:alex", "sam_taylor", "h:addr:someone") that holds a stand-in word. */
export function isStandIn(feature: string): boolean {
  const colon = feature.lastIndexOf(":");
  for (const part of feature.slice(colon + 1).split("_")) if (STAND_IN_WORDS.has(part)) return true;
  return false;
}
