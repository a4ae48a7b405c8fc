// Word gates at run time: patterns indexed by the word beginnings every match must contain (found
// by gate-words.ts), so a rule whose words are missing from an email never runs its regex.
import { requiredClauses } from "./gate-words";
import { lineLocal } from "./line-local";
import { WordKeys, type WordScan } from "./word-keys";

export { requiredClauses, requiredWords } from "./gate-words";
export { lineLocal } from "./line-local";
export { joinScans, WordKeys, type WordScan } from "./word-keys";

/**
 * Patterns indexed by their word gates: `candidates(text)` says which of them can match the text,
 * from one pass over its words, so a pattern none of whose words occur costs nothing at all.
 * Sets and lists are kept flat in typed arrays: the lookups run for every email.
 */
export class GateIndex {
  /** Key number k → the patterns whose first set has it: headPats[headStart[k] … headStart[k + 1]). */
  private readonly headStart: Int32Array;
  private readonly headPats: Int32Array;
  /** Pattern i's sets are patSets[i] … patSets[i + 1]; set s's keys are setKeys[setStart[s] … setStart[s + 1]). */
  private readonly patSets: Int32Array;
  private readonly setStart: Int32Array;
  private readonly setKeys: Int32Array;
  /** Patterns with more sets than their first. */
  private readonly more: Int32Array;
  private readonly always: Int32Array;
  /** 1 for a gated pattern whose matches lie within one line (line-local.ts). */
  private readonly local: Uint8Array;
  constructor(
    readonly patterns: readonly RegExp[],
    readonly words: WordKeys = new WordKeys(),
  ) {
    const n = patterns.length;
    const sets: number[][][] = patterns.map((re) =>
      requiredClauses(re).map((set) => set.map((k) => words.id(k))),
    );
    this.local = Uint8Array.from(patterns, (re, i) => ((sets[i]?.length ?? 0) > 0 && lineLocal(re) ? 1 : 0));
    this.always = Int32Array.from(sets.flatMap((c, i) => (c.length === 0 ? [i] : [])));
    this.more = Int32Array.from(sets.flatMap((c, i) => (c.length > 1 ? [i] : [])));
    this.patSets = new Int32Array(n + 1);
    const flatSets = sets.flat();
    this.setStart = new Int32Array(flatSets.length + 1);
    this.setKeys = Int32Array.from(flatSets.flat());
    let at = 0;
    flatSets.forEach((set, s) => {
      this.setStart[s] = at;
      at += set.length;
    });
    this.setStart[flatSets.length] = at;
    let setAt = 0;
    for (let i = 0; i < n; i++) {
      this.patSets[i] = setAt;
      setAt += sets[i]?.length ?? 0;
    }
    this.patSets[n] = setAt;
    // Heads: key → patterns, counted, then filled in pattern order.
    const keys = words.size;
    this.headStart = new Int32Array(keys + 1);
    for (const c of sets)
      for (const k of c[0] ?? []) this.headStart[k + 1] = (this.headStart[k + 1] ?? 0) + 1;
    for (let k = 0; k < keys; k++)
      this.headStart[k + 1] = (this.headStart[k + 1] ?? 0) + (this.headStart[k] ?? 0);
    this.headPats = new Int32Array(this.headStart[keys] ?? 0);
    const fill = this.headStart.slice(0, keys);
    sets.forEach((c, i) => {
      for (const k of c[0] ?? []) {
        const at = fill[k] ?? 0;
        this.headPats[at] = i;
        fill[k] = at + 1;
      }
    });
  }

  /** One flag per pattern: 1 when it may match `text`, 0 when it cannot. */
  candidates(text: string): Uint8Array {
    return this.live(this.words.scan(text));
  }

  /**
   * The same from a scan of the text by this index's WordKeys. `into`: an earlier answer the caller
   * is done with, to fill again instead of allocating.
   */
  live(scan: WordScan, into?: Uint8Array): Uint8Array {
    const live = into?.length === this.patterns.length ? into.fill(0) : new Uint8Array(this.patterns.length);
    const { ids, has } = scan;
    const { headStart, headPats, patSets, setStart, setKeys, more } = this;
    const keys = headStart.length - 1;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] ?? 0;
      if (id >= keys) continue;
      const to = headStart[id + 1] ?? 0;
      for (let j = headStart[id] ?? 0; j < to; j++) live[headPats[j] ?? 0] = 1;
    }
    // A pattern its first set lets through runs only if the text has a word of each other set too.
    for (let m = 0; m < more.length; m++) {
      const i = more[m] ?? 0;
      if (!live[i]) continue;
      const last = patSets[i + 1] ?? 0;
      for (let s = (patSets[i] ?? 0) + 1; s < last; s++) {
        let any = false;
        const to = setStart[s + 1] ?? 0;
        for (let q = setStart[s] ?? 0; q < to; q++) {
          if (has[setKeys[q] ?? 0]) {
            any = true;
            break;
          }
        }
        if (!any) {
          live[i] = 0;
          break;
        }
      }
    }
    for (let a = 0; a < this.always.length; a++) live[this.always[a] ?? 0] = 1;
    return live;
  }

  /**
   * The lines that may hold a match of pattern `i`, as a mask (bit `line % 32`, see WordScan): those
   * with a word of each of its sets. -1 (every line) for a pattern whose match may span lines or has
   * no gate, or for a scan without lines.
   */
  lineMask(i: number, scan: WordScan): number {
    if (!this.local[i] || !scan.lineStarts) return -1;
    const { has } = scan;
    const { patSets, setStart, setKeys } = this;
    let mask = -1;
    const last = patSets[i + 1] ?? 0;
    for (let s = patSets[i] ?? 0; s < last && mask !== 0; s++) {
      let any = 0;
      const to = setStart[s + 1] ?? 0;
      for (let q = setStart[s] ?? 0; q < to; q++) any |= has[setKeys[q] ?? 0] ?? 0;
      mask &= any;
    }
    return mask;
  }

  /**
   * `patterns[i].exec(text)` for a pattern `live` let through, text scanned as `scan`: the same first
   * match (index included), read only on the lines that have the pattern's words when its matches
   * lie within one line and that leaves out enough of the text (execInLines).
   */
  exec(i: number, text: string, scan: WordScan): RegExpExecArray | null {
    const re = this.patterns[i] as RegExp;
    const starts = scan.lineStarts;
    // A short text is read faster whole than line by line.
    if (!starts || starts.length < 2 || !this.local[i] || text.length < SHORT_TEXT) return re.exec(text);
    return execInLines(re, text, this.lineMask(i, scan), starts);
  }
}

/** Below this many characters a text's rules run on the whole of it (the result is the same). */
const SHORT_TEXT = 400;

/** Set bits of a 32-bit mask. */
function bits(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 63;
}

/**
 * The first match of `re` in `text`, as `re.exec(text)` gives it (index included), found by running
 * it only on the lines `mask` lets through (GateIndex.lineMask) when that leaves out a quarter of
 * them or more. `lineStarts` are the text's line starts (WordScan). For non-global patterns whose
 * matches lie within one line: a line is cut out without its line break, and \b and the m flag's
 * ^ $ read the cut's edges as they read the line break.
 */
export function execInLines(
  re: RegExp,
  text: string,
  mask: number,
  lineStarts: readonly number[] | undefined,
): RegExpExecArray | null {
  const lines = lineStarts?.length ?? 0;
  if (mask === 0) return null;
  if (mask === -1 || !lineStarts || lines < 2) return re.exec(text);
  // Lines past the 32nd share bits with earlier ones: each still needs its bit to be run.
  const buckets = lines >= 32 ? 32 : lines;
  if (bits(buckets === 32 ? mask : mask & ((1 << buckets) - 1)) * 4 > buckets * 3) return re.exec(text);
  for (let l = 0; l < lines; l++) {
    if (!((mask >>> (l & 31)) & 1)) continue;
    const start = lineStarts[l] ?? 0;
    const end = (lineStarts[l + 1] ?? text.length + 1) - 1;
    const m = re.exec(text.slice(start, end));
    if (m) {
      m.index += start;
      (m as { input: string }).input = text;
      return m;
    }
  }
  return null;
}

/**
 * Fixed patterns tested against one text at a time, each only when its words occur there:
 * `tester(text)(re)` is `re.test(text)`, or false without running it when the gate rules it out. A
 * pattern the index was not built with always runs. For non-global patterns (test() keeps no state).
 */
export class GatedTests {
  private readonly index: GateIndex;
  private readonly at = new Map<RegExp, number>();
  constructor(patterns: readonly RegExp[], words?: WordKeys) {
    this.index = new GateIndex(patterns, words);
    patterns.forEach((re, i) => {
      this.at.set(re, i);
    });
  }

  /** `scan`: the text's scan by the WordKeys this was built with, when the caller has it already. */
  tester(text: string, scan?: WordScan): (re: RegExp) => boolean {
    const live = scan ? this.index.live(scan) : this.index.candidates(text);
    return (re) => {
      const i = this.at.get(re);
      return (i === undefined || live[i] === 1) && re.test(text);
    };
  }
}
