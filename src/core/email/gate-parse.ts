// The analysis behind the word gates (gate-words.ts): a pattern's source parsed into, for each node,
// its possible exact strings and the sets of strings every match must contain, and its branches.
import { keyOf } from "./gate-keys";

/**
 * Possible exact strings of a node (small and finite), or null; and necessary OR-sets, best first:
 * every match contains one string of each set.
 */
export interface Info {
  exact: string[] | null;
  reqs: string[][];
  /**
   * The node's branches when it has alternatives ("a|b(c|d)" → "a", "bc", "bd"): every match of it
   * matches one of them, and each has tighter sets than the node as a whole. Left out: the node is
   * its only branch (or it would have more than MAX_BRANCHES). Worked out only when asked for:
   * a node under a quantifier is gated as a whole.
   */
  branches?: () => Info[] | undefined;
}

const MAX_EXACT = 256;
/** Necessary sets kept per node: a rule runs only when its text has a word of each. */
const MAX_CLAUSES = 5;
/** Exact strings a branch's run keeps (fewer than a whole node's: there are many branches). */
const BRANCH_EXACT = 8;
/** More branches than this and a node is gated as a whole. */
const MAX_BRANCHES = 64;
/**
 * Stands for a word edge inside the literal strings: \b, ^, $, or a character that is no letter a–z
 * (\s, \d, a class of such characters). Only keyOf reads the strings, and to it any non-letter
 * is an edge.
 */
export const EDGE = "\u0001";
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
    // A set with a string without a key is no gate (and no other set gives its keys).
    const q = quality(set);
    if (q < 0) continue;
    // Sets that give the same word beginnings are one gate.
    const id = [...new Set(set.map(keyOf))].sort().join(" ");
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ set, q });
  }
  return out
    .sort((a, b) => b.q - a.q)
    .slice(0, MAX_CLAUSES)
    .map((x) => x.set);
}

/** A node's necessary sets with its exact strings counted as one. */
export const withExact = (n: Info) => best([...n.reqs, fromExact(n.exact)]);

/** The necessary set an exact set gives: all of its strings (none may be empty). */
function fromExact(exact: string[] | null): string[] | null {
  if (!exact || exact.some((s) => s.replaceAll(EDGE, "").length === 0)) return null;
  return [...new Set(exact)];
}

/** Every string of `xs` followed by every string of `ys`. */
function join(xs: readonly string[], ys: readonly string[]): string[] {
  const out = new Array<string>(xs.length * ys.length);
  let k = 0;
  for (const a of xs) for (const b of ys) out[k++] = a + b;
  return out;
}

/** `f`, called at most once. */
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

export class Parser {
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
    const info = this.either(alts);
    const branches = once(() => {
      const all = alts.flatMap((a) => a.branches?.() ?? [a]);
      return all.length <= MAX_BRANCHES ? all : undefined;
    });
    return { ...info, branches };
  }

  /** The node that matches what one of `alts` matches. */
  either(alts: Info[]): Info {
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
    const els: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      els.push(this.quantified());
    }
    const info = this.chain(els);
    if (!els.some((el) => el.branches)) return info;
    // The branches: one of each element's, in every combination.
    const branches = once(() => {
      let combos: Info[][] = [[]];
      for (const el of els) {
        const options = el.branches?.() ?? [el];
        if (combos.length * options.length > MAX_BRANCHES) return undefined;
        combos = combos.flatMap((c) => options.map((o) => [...c, o]));
      }
      return combos.length > 1 ? combos.map((c) => this.chain(c, BRANCH_EXACT)) : undefined;
    });
    return { ...info, branches };
  }

  /** The node that matches `els` one after another. */
  chain(els: readonly Info[], maxExact = MAX_EXACT): Info {
    // `run`: the exact strings of the elements since the last break; `whole` stays true while the
    // run covers the whole sequence (only then is the sequence's match set exact). `word`: the same
    // since the last separator (a space, \b, punctuation), that separator included at both ends, so
    // each word group of "(came across|found) your (profile|cv)" is a necessary set of its own.
    let run: string[] = [""];
    let word: string[] = [""];
    let whole = true;
    const reqs: (string[] | null)[] = [];
    for (const el of els) {
      reqs.push(...el.reqs);
      if (el.exact && run.length * el.exact.length <= maxExact) run = join(run, el.exact);
      else {
        reqs.push(fromExact(run));
        whole = false;
        // What follows starts a new run; an exact element begins it.
        run = el.exact ? [...el.exact] : [""];
      }
      if (el.exact && word.length * el.exact.length <= maxExact) {
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
