// Word keys of literal strings, for the word gates (gate-words.ts): the word beginnings a literal
// string guarantees wherever it occurs in a match.

/** Word beginnings are compared on their first PREFIX letters. */
export const PREFIX = 5;

/**
 * The word beginning a literal string guarantees, or null: its longest word whose start the string
 * fixes, cut to PREFIX letters (a shorter word also needs its end fixed).
 */
export function keyOf(literal: string): string | null {
  let key = keyCache.get(literal);
  if (key === undefined) {
    key = findKey(literal);
    keyCache.set(literal, key);
  }
  return key;
}
/** keyOf is asked about the same strings many times while one pattern is analysed. */
const keyCache = new Map<string, string | null>();

/** Forgets the keys of the last pattern analysed (the cache serves one pattern's analysis). */
export function clearKeyCache(): void {
  keyCache.clear();
}

function findKey(literal: string): string | null {
  let best: string | null = null;
  for (const key of keysIn(literal)) if (!best || key.length > best.length) best = key;
  return best;
}

/** Every word beginning a literal string guarantees (see keyOf), in order. */
export function keysIn(literal: string): string[] {
  const out: string[] = [];
  for (const m of literal.matchAll(/[a-z]+/g)) {
    const at = m.index ?? 0;
    const before = at > 0 ? (literal[at - 1] ?? "") : "";
    if (!before) continue; // the string's first letters may continue a word begun before it
    const end = at + m[0].length;
    const closed = end < literal.length;
    if (m[0].length < PREFIX && !closed) continue;
    out.push(m[0].slice(0, PREFIX));
  }
  return out;
}
