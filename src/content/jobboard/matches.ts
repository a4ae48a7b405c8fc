// The content script's `matches` in manifest.json are the boards' patterns (core/posting BOARD_MATCHES)
// minus those another pattern already covers; tests/unit/manifest-matches.test.ts keeps them equal.

function parts(pattern: string): { scheme: string; host: string; path: string } | null {
  const m = /^([a-z*]+):\/\/([^/]+)(\/.*)$/.exec(pattern);
  return m ? { scheme: m[1]!, host: m[2]!, path: m[3]! } : null;
}

function hostCovers(outer: string, inner: string): boolean {
  if (outer === inner || outer === "*") return true;
  if (!outer.startsWith("*.")) return false;
  const base = outer.slice(2);
  const innerBase = inner.startsWith("*.") ? inner.slice(2) : inner;
  return innerBase === base || innerBase.endsWith(`.${base}`);
}

function pathCovers(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  // Only trailing wildcards are compared; anything fancier is kept as it is.
  if (!outer.endsWith("*") || outer.slice(0, -1).includes("*")) return false;
  return inner.startsWith(outer.slice(0, -1));
}

/** Does `outer` match every URL `inner` matches? */
export function covers(outer: string, inner: string): boolean {
  const a = parts(outer);
  const b = parts(inner);
  if (!a || !b) return outer === inner;
  return a.scheme === b.scheme && hostCovers(a.host, b.host) && pathCovers(a.path, b.path);
}

/** The fewest patterns that match the same URLs: duplicates and covered patterns dropped, order kept. */
export function minimalMatches(patterns: readonly string[]): string[] {
  const unique = [...new Set(patterns)];
  return unique.filter((p, i) => !unique.some((q, j) => j !== i && covers(q, p) && !(covers(p, q) && j > i)));
}
