// Word gates for the phrase rules. From a pattern's source, a set of word beginnings one of which
// every match must contain ("recei", "thank", "cv"): a rule whose words are all missing from an email
// cannot match it, so its regex never runs. An email's word beginnings are collected once
// (wordStarts), then each rule costs a few Set lookups instead of a scan of the body.
//
// Words here are runs of ASCII letters a–z in lower case; anything else separates them, in the
// pattern's literals and in the text alike. A literal's word counts only where the pattern fixes its
// start (after \b, a space or other non-letter), and a word shorter than PREFIX only where its end
// is fixed too. The analysis is conservative: syntax it does not follow (ranges, back-references,
// unicode flags) gives no gate, and the rule always runs.
import { clearKeyCache, keyOf, keysIn } from "./gate-keys";
import { EDGE, type Info, Parser, withExact } from "./gate-parse";

/** The gate of one pattern, or of one of its branches. */
export interface Gate {
  /** Sets of word beginnings, best first: every match has a word of each set. */
  clauses: string[][];
  /**
   * Only when there are no clauses: lower-case strings one of which every match contains, read in
   * the text lower-cased (ASCII and uncased letters only, where lower-casing cannot miss a match);
   * null when there are none either (no gate).
   */
  texts: string[] | null;
}

/**
 * The gates of the branches of `re` (every match of it matches one of them, see Info.branches), or
 * null when the pattern has no gate and always runs. A branch's gate is requiredClauses's sets for
 * it, plus each further word of a string every match has (all of those are needed, not one), or,
 * when no word is usable, the strings themselves (Gate.texts).
 */
export function branchGates(re: RegExp): Gate[] | null {
  if (re.unicode || (re.flags as string).includes("v")) return null;
  clearKeyCache(); // the cache serves one pattern's analysis; nothing is kept past it
  let info: Info;
  try {
    const p = new Parser(re.source, true);
    info = p.alternation();
    if (p.i !== re.source.length) return null;
  } catch {
    return null;
  }
  const gates = (info.branches?.() ?? [info]).map(gateOf);
  if (gates.every((g) => g.clauses.length > 0 || g.texts)) return gates;
  // A branch without a gate: the pattern as a whole may still have one.
  const whole = gateOf(info);
  return whole.clauses.length > 0 || whole.texts ? [whole] : null;
}

/** requiredClauses as the one gate of `re` (no branches, no texts), or null for no gate. */
export function wholeGate(re: RegExp): Gate[] | null {
  const clauses = requiredClauses(re);
  return clauses.length > 0 ? [{ clauses, texts: null }] : null;
}

function gateOf(info: Info): Gate {
  const clauses: string[][] = [];
  const ids = new Set<string>();
  const add = (keys: string[]) => {
    const id = keys.join(" ");
    if (keys.length === 0 || ids.has(id)) return;
    ids.add(id);
    clauses.push(keys);
  };
  const sets = withExact(info);
  for (const set of sets) {
    const keys = new Set<string>();
    for (const literal of set) {
      const key = keyOf(literal);
      if (key) keys.add(key);
    }
    // withExact keeps only sets whose every string has a key.
    add([...keys].sort());
  }
  for (const set of sets) if (set.length === 1) for (const key of keysIn(set[0] ?? "")) add([key]);
  return { clauses, texts: clauses.length > 0 ? null : textsOf(info.exact) };
}

/**
 * Sets of word beginnings (see keyOf), best first, such that every match of `re` has one word of
 * each set; empty when the analysis finds no gate: syntax it does not follow, or no literal with a
 * fixed word start.
 */
export function requiredClauses(re: RegExp): string[][] {
  if (re.unicode || (re.flags as string).includes("v")) return [];
  clearKeyCache(); // the cache serves one pattern's analysis; nothing is kept past it
  try {
    const p = new Parser(re.source, true);
    const info = p.alternation();
    if (p.i !== re.source.length) return [];
    const out: string[][] = [];
    for (const set of withExact(info)) {
      const keys = new Set<string>();
      for (const literal of set) {
        const key = keyOf(literal);
        if (key) keys.add(key);
      }
      // withExact keeps only sets whose every string has a key.
      if (keys.size > 0) out.push([...keys].sort());
    }
    return out;
  } catch {
    return [];
  }
}

/** The best of those sets: one of its word beginnings is in every match, or null for no gate. */
export function requiredWords(re: RegExp): string[] | null {
  return requiredClauses(re)[0] ?? null;
}

/**
 * Printable ASCII and Arabic letters (no case): a pattern's character here, even case-insensitive
 * and without the u flag, matches only characters that lower-case to it (other letters never match
 * ASCII ones then).
 */
const PLAIN = /^[\x20-\x7e\u0600-\u06ff]+$/;

/** Of each exact string, its longest piece between edges, when every string has one of 3+ plain characters. */
function textsOf(exact: string[] | null): string[] | null {
  if (!exact || exact.length === 0) return null;
  const out = new Set<string>();
  for (const s of exact) {
    const piece = s.split(EDGE).reduce((a, b) => (b.length > a.length ? b : a), "");
    if (piece.trim().length < 3 || !PLAIN.test(piece)) return null;
    out.add(piece);
  }
  return [...out];
}
