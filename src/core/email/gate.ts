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

/** Possible exact strings of a node (small and finite), or null; and a necessary OR-set, or null. */
interface Info {
  exact: string[] | null;
  req: string[] | null;
}

const MAX_EXACT = 256;
/** Word beginnings are compared on their first PREFIX letters. */
const PREFIX = 5;
/**
 * Stands for a word edge inside the literal strings: \b, ^, $, or a character that is no letter a–z
 * (\s, \d, a class of such characters). Only keyOf reads the strings, and to it any non-letter
 * is an edge.
 */
const EDGE = "\u0001";
const SEP: Info = { exact: [EDGE], req: null };
const UNKNOWN: Info = { exact: null, req: null };
const EMPTY: Info = { exact: [""], req: null };

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

function better(a: string[] | null, b: string[] | null): string[] | null {
  return quality(b) > quality(a) ? b : a;
}

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
    let req: string[] | null = [];
    for (const a of alts) {
      const r = better(a.req, fromExact(a.exact));
      req = req && r ? [...req, ...r] : null;
    }
    return { exact, req: req ? [...new Set(req)] : null };
  }

  sequence(): Info {
    // `run`: the exact strings of the elements since the last break; `whole` stays true while the
    // run covers the whole sequence (only then is the sequence's match set exact).
    let run: string[] = [""];
    let whole = true;
    let req: string[] | null = null;
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const el = this.quantified();
      req = better(req, el.req);
      if (el.exact && run.length * el.exact.length <= MAX_EXACT) {
        const next: string[] = [];
        for (const a of run) for (const b of el.exact) next.push(a + b);
        run = next;
      } else {
        req = better(req, fromExact(run));
        whole = false;
        // What follows starts a new run; an exact element begins it.
        run = el.exact ? [...el.exact] : [""];
      }
    }
    return { exact: whole ? run : null, req: better(req, fromExact(run)) };
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
      return min === 0 ? { exact: [EDGE, ""], req: null } : SEP;
    if (min === 0) return max === 1 && atom.exact ? { exact: [...atom.exact, ""], req: null } : UNKNOWN;
    if (min === 1 && max === 1) return atom;
    return { exact: null, req: better(atom.req, fromExact(atom.exact)) };
  }

  char(c: string): Info {
    return { exact: [this.fold ? c.toLowerCase() : c], req: null };
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
    return { exact: chars, req: null };
  }
}

/**
 * The word beginning a literal string guarantees, or null: its longest word whose start the string
 * fixes, cut to PREFIX letters (a shorter word also needs its end fixed).
 */
function keyOf(literal: string): string | null {
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
 * Word beginnings (see keyOf) one of which every match of `re` has, or null when the analysis finds
 * no gate: syntax it does not follow, or a literal without a fixed word start.
 */
export function requiredWords(re: RegExp): string[] | null {
  if (re.unicode || (re.flags as string).includes("v")) return null;
  try {
    const p = new Parser(re.source, true);
    const info = p.alternation();
    if (p.i !== re.source.length) return null;
    const req = better(info.req, fromExact(info.exact));
    if (!req || quality(req) < 0) return null;
    const keys = new Set<string>();
    for (const literal of req) {
      const key = keyOf(literal);
      if (!key) return null;
      keys.add(key);
    }
    return [...keys].sort();
  } catch {
    return null;
  }
}

/**
 * Patterns indexed by their word gates: `candidates(text)` says which of them can match the text,
 * from one pass over its words, so a pattern none of whose words occur costs nothing at all.
 */
export class GateIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly always: number[] = [];
  constructor(readonly patterns: readonly RegExp[]) {
    patterns.forEach((re, i) => {
      const keys = requiredWords(re);
      if (!keys) this.always.push(i);
      else
        for (const k of keys) {
          const list = this.byKey.get(k);
          if (list) list.push(i);
          else this.byKey.set(k, [i]);
        }
    });
  }

  /** One flag per pattern: 1 when it may match `text`, 0 when it cannot. */
  candidates(text: string): Uint8Array {
    const live = new Uint8Array(this.patterns.length);
    for (const i of this.always) live[i] = 1;
    const lower = text.toLowerCase();
    const words = /[a-z]+/g;
    for (let m = words.exec(lower); m; m = words.exec(lower)) {
      const list = this.byKey.get(m[0].length > PREFIX ? m[0].slice(0, PREFIX) : m[0]);
      if (list) for (const i of list) live[i] = 1;
    }
    return live;
  }
}
