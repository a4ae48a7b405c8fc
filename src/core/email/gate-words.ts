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

/**
 * Possible exact strings of a node (small and finite), or null; and necessary OR-sets, best first:
 * every match contains one string of each set.
 */
interface Info {
  exact: string[] | null;
  reqs: string[][];
}

const MAX_EXACT = 256;
/** Necessary sets kept per node: a rule runs only when its text has a word of each. */
const MAX_CLAUSES = 5;
/** Word beginnings are compared on their first PREFIX letters. */
export const PREFIX = 5;
/**
 * Stands for a word edge inside the literal strings: \b, ^, $, or a character that is no letter a–z
 * (\s, \d, a class of such characters). Only keyOf reads the strings, and to it any non-letter
 * is an edge.
 */
const EDGE = "\u0001";
const SEP: Info = { exact: [EDGE], reqs: [] };
const UNKNOWN: Info = { exact: null, reqs: [] };
const EMPTY: Info = { exact: [""], reqs: [] };

/** How good a necessary set is as a gate: its shortest word key (longer is rarer), then fewer strings. */
function quality(set: readonly string[] | null): number {
  if (!set || set.length === 0) return -1;
  let shortest = Infinity;
  for (const s of set) {
    const key = keyOf(s);
    if (!key) return -1;
    shortest = Math.min(shortest, key.length);
  }
  return shortest * 100 - set.length;
}

/** The best MAX_CLAUSES of some necessary sets, each usable as a gate (every string has a word key). */
function best(sets: readonly (string[] | null)[]): string[][] {
  const seen = new Set<string>();
  const out: { set: string[]; q: number }[] = [];
  for (const set of sets) {
    if (!set) continue;
    // Sets that give the same word beginnings are one gate.
    const id = [...new Set(set.map(keyOf))].sort().join(" ");
    if (seen.has(id)) continue;
    seen.add(id);
    const q = quality(set);
    if (q >= 0) out.push({ set, q });
  }
  return out
    .sort((a, b) => b.q - a.q)
    .slice(0, MAX_CLAUSES)
    .map((x) => x.set);
}

/** A node's necessary sets with its exact strings counted as one. */
const withExact = (n: Info) => best([...n.reqs, fromExact(n.exact)]);

/** The necessary set an exact set gives: all of its strings (none may be empty). */
function fromExact(exact: string[] | null): string[] | null {
  if (!exact || exact.some((s) => s.replaceAll(EDGE, "").length === 0)) return null;
  return [...new Set(exact)];
}

class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly fold: boolean,
  ) {}

  fail(): never {
    throw new Error("unsupported");
  }

  alternation(): Info {
    const alts: Info[] = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0] ?? UNKNOWN;
    let exact: string[] | null = [];
    for (const a of alts) exact = exact && a.exact ? [...exact, ...a.exact] : null;
    if (exact && exact.length > MAX_EXACT) exact = null;
    // A match has one set's string from every alternative, so taking the k-th best set of each
    // (its best when it has fewer) and joining them gives a necessary set of the whole.
    const lists = alts.map(withExact);
    if (lists.some((l) => l.length === 0)) return { exact, reqs: [] };
    const reqs: string[][] = [];
    const most = Math.max(...lists.map((l) => l.length));
    for (let k = 0; k < most; k++) {
      reqs.push([...new Set(lists.flatMap((l) => l[Math.min(k, l.length - 1)] ?? []))]);
    }
    return { exact, reqs: best(reqs) };
  }

  sequence(): Info {
    // `run`: the exact strings of the elements since the last break; `whole` stays true while the
    // run covers the whole sequence (only then is the sequence's match set exact). `word`: the same
    // since the last separator (a space, \b, punctuation), that separator included at both ends, so
    // each word group of "(came across|found) your (profile|cv)" is a necessary set of its own.
    let run: string[] = [""];
    let word: string[] = [""];
    let whole = true;
    const reqs: (string[] | null)[] = [];
    const join = (xs: string[], ys: string[]) => xs.flatMap((a) => ys.map((b) => a + b));
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const el = this.quantified();
      reqs.push(...el.reqs);
      if (el.exact && run.length * el.exact.length <= MAX_EXACT) run = join(run, el.exact);
      else {
        reqs.push(fromExact(run));
        whole = false;
        // What follows starts a new run; an exact element begins it.
        run = el.exact ? [...el.exact] : [""];
      }
      if (el.exact && word.length * el.exact.length <= MAX_EXACT) {
        word = join(word, el.exact);
        if (el.exact.every((x) => !/[a-z]/.test(x))) {
          reqs.push(fromExact(word));
          word = [...el.exact];
        }
      } else {
        reqs.push(fromExact(word));
        word = el.exact ? [...el.exact] : [""];
      }
    }
    return { exact: whole ? run : null, reqs: best([...reqs, fromExact(run), fromExact(word)]) };
  }

  quantified(): Info {
    const atom = this.atom();
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal "{"
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === "?") this.i++; // lazy
    if (max === 0) return EMPTY;
    // Edges in a row are one edge to keyOf.
    if (atom.exact?.length === 1 && atom.exact[0] === EDGE)
      return min === 0 ? { exact: [EDGE, ""], reqs: [] } : SEP;
    if (min === 0) return max === 1 && atom.exact ? { exact: [...atom.exact, ""], reqs: [] } : UNKNOWN;
    if (min === 1 && max === 1) return atom;
    return { exact: null, reqs: withExact(atom) };
  }

  char(c: string): Info {
    return { exact: [this.fold ? c.toLowerCase() : c], reqs: [] };
  }

  atom(): Info {
    const c = this.src[this.i++] ?? this.fail();
    if (c === "(") {
      let inner: Info;
      if (this.src.startsWith("?:", this.i)) {
        this.i += 2;
        inner = this.alternation();
      } else if (/^\?<?[=!]/.test(this.src.slice(this.i))) {
        // A look-around matches no characters of its own.
        this.i += this.src[this.i + 1] === "<" ? 3 : 2;
        this.alternation();
        inner = EMPTY;
      } else if (this.src[this.i] === "?") this.fail();
      else inner = this.alternation();
      if (this.src[this.i++] !== ")") this.fail();
      return inner;
    }
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    if (c === "^" || c === "$") return SEP;
    if (c === ".") return UNKNOWN;
    return this.char(c);
  }

  escape(): Info {
    const c = this.src[this.i++] ?? this.fail();
    if (c === "b") return SEP;
    if (c === "B") return EMPTY;
    if (c === "s" || c === "d" || c === "W") return SEP;
    if (/[wSD]/.test(c)) return UNKNOWN;
    if (/[1-9kpPuxcn0trfv]/.test(c)) this.fail(); // back-references, classes and codes: not followed
    return this.char(c);
  }

  charClass(): Info {
    const end = this.src.indexOf("]", this.i + (this.src[this.i] === "]" ? 1 : 0));
    if (end < 0) this.fail();
    const body = this.src.slice(this.i, end);
    this.i = end + 1;
    // Only small plain sets ("[sz]", "[- ]"): ranges, negation and escapes give an unknown character.
    if (body.startsWith("^") || body.includes("\\") || /.-./.test(body)) return UNKNOWN;
    const chars = [...new Set([...body].map((ch) => (this.fold ? ch.toLowerCase() : ch)))];
    if (chars.every((ch) => !/[a-z]/.test(ch))) return SEP;
    if (chars.length > 6) return UNKNOWN;
    return { exact: chars, reqs: [] };
  }
}

/**
 * The word beginning a literal string guarantees, or null: its longest word whose start the string
 * fixes, cut to PREFIX letters (a shorter word also needs its end fixed).
 */
function keyOf(literal: string): string | null {
  let key = keyCache.get(literal);
  if (key === undefined) {
    key = findKey(literal);
    keyCache.set(literal, key);
  }
  return key;
}
/** keyOf is asked about the same strings many times while one pattern is analysed. */
const keyCache = new Map<string, string | null>();

function findKey(literal: string): string | null {
  let best: string | null = null;
  const re = /[a-z]+/g;
  for (const m of literal.matchAll(re)) {
    const at = m.index ?? 0;
    const before = at > 0 ? (literal[at - 1] ?? "") : "";
    if (!before) continue; // the string's first letters may continue a word begun before it
    const end = at + m[0].length;
    const closed = end < literal.length;
    if (m[0].length < PREFIX && !closed) continue;
    const key = m[0].slice(0, PREFIX);
    if (!best || key.length > best.length) best = key;
  }
  return best;
}

/**
 * Sets of word beginnings (see keyOf), best first, such that every match of `re` has one word of
 * each set; empty when the analysis finds no gate: syntax it does not follow, or no literal with a
 * fixed word start.
 */
export function requiredClauses(re: RegExp): string[][] {
  if (re.unicode || (re.flags as string).includes("v")) return [];
  keyCache.clear(); // the cache serves one pattern's analysis; nothing is kept past it
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
