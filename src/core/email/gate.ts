// Word gates at run time: patterns indexed by the word beginnings every match must contain (found
// by gate-words.ts, branch by branch), so a rule whose words are missing from an
// email never runs its regex.
import { branchGates, wholeGate } from "./gate-words";
import { lineLocal } from "./line-local";
import { WordKeys, type WordScan } from "./word-keys";

export { branchGates, requiredClauses, requiredWords, wholeGate } from "./gate-words";
export { lineLocal } from "./line-local";
export { joinScans, WordKeys, type WordScan } from "./word-keys";

/**
 * Patterns indexed by their word gates: `candidates(text)` says which of them can match the text,
 * from one pass over its words, so a pattern none of whose words occur costs nothing at all. A
 * pattern is gated branch by branch (an "entry" each): it may match when one of its entries may.
 * Sets and lists are kept flat in typed arrays: the lookups run for every email.
 */
export class GateIndex {
  /** Key number k → the entries whose first set has it: headEntries[headStart[k] … headStart[k + 1]). */
  private readonly headStart: Int32Array;
  private readonly headEntries: Int32Array;
  /** Pattern i's entries are patEntries[i] … patEntries[i + 1]; entry e is of pattern entryPat[e]. */
  private readonly patEntries: Int32Array;
  private readonly entryPat: Int32Array;
  /** Entry e's sets are entrySets[e] … entrySets[e + 1]; set s's keys are setKeys[setStart[s] … setStart[s + 1]). */
  private readonly entrySets: Int32Array;
  private readonly setStart: Int32Array;
  private readonly setKeys: Int32Array;
  /** Entries gated by strings in the lower-cased text instead of words (Gate.texts). */
  private readonly textEntries: Int32Array;
  private readonly entryTexts: (readonly string[])[];
  private readonly always: Int32Array;
  /** 1 for a gated pattern whose matches lie within one line (line-local.ts). */
  private readonly local: Uint8Array;
  /** Entries let through by a head in this live() call (stamp), and their list. */
  private readonly stamps: Uint32Array;
  private stamp = 0;
  private readonly heads: number[] = [];
  /**
   * `branches`: gate each pattern branch by branch (finer, and slower to build: about twice the
   * time for the phrase rules), or as a whole.
   */
  constructor(
    readonly patterns: readonly RegExp[],
    readonly words: WordKeys = new WordKeys(),
    branches = true,
  ) {
    const n = patterns.length;
    const gates = patterns.map((re) => (branches ? branchGates(re) : wholeGate(re)) ?? []);
    const entries = gates.flat();
    const sets = entries.map((g) => g.clauses.map((set) => set.map((k) => words.id(k))));
    this.local = Uint8Array.from(patterns, (re, i) => ((gates[i]?.length ?? 0) > 0 && lineLocal(re) ? 1 : 0));
    this.always = Int32Array.from(gates.flatMap((g, i) => (g.length === 0 ? [i] : [])));
    this.patEntries = new Int32Array(n + 1);
    this.entryPat = new Int32Array(entries.length);
    let e = 0;
    gates.forEach((g, i) => {
      this.patEntries[i] = e;
      for (let j = 0; j < g.length; j++) this.entryPat[e++] = i;
    });
    this.patEntries[n] = e;
    this.entryTexts = entries.map((g) => (g.clauses.length === 0 ? (g.texts ?? []) : []));
    this.textEntries = Int32Array.from(entries.flatMap((g, k) => (g.clauses.length === 0 ? [k] : [])));
    const flatSets = sets.flat();
    this.setStart = new Int32Array(flatSets.length + 1);
    this.setKeys = Int32Array.from(flatSets.flat());
    let at = 0;
    flatSets.forEach((set, s) => {
      this.setStart[s] = at;
      at += set.length;
    });
    this.setStart[flatSets.length] = at;
    this.entrySets = new Int32Array(entries.length + 1);
    let setAt = 0;
    for (let k = 0; k < entries.length; k++) {
      this.entrySets[k] = setAt;
      setAt += sets[k]?.length ?? 0;
    }
    this.entrySets[entries.length] = setAt;
    // Heads: key → entries, counted, then filled in entry order.
    const keys = words.size;
    this.headStart = new Int32Array(keys + 1);
    for (const c of sets)
      for (const k of c[0] ?? []) this.headStart[k + 1] = (this.headStart[k + 1] ?? 0) + 1;
    for (let k = 0; k < keys; k++)
      this.headStart[k + 1] = (this.headStart[k + 1] ?? 0) + (this.headStart[k] ?? 0);
    this.headEntries = new Int32Array(this.headStart[keys] ?? 0);
    const fill = this.headStart.slice(0, keys);
    sets.forEach((c, k) => {
      for (const key of c[0] ?? []) {
        const to = fill[key] ?? 0;
        this.headEntries[to] = k;
        fill[key] = to + 1;
      }
    });
    this.stamps = new Uint32Array(entries.length);
  }

  /** One flag per pattern: 1 when it may match `text`, 0 when it cannot. */
  candidates(text: string): Uint8Array {
    return this.live(this.words.scan(text), undefined, text);
  }

  /**
   * The same from a scan of the text by this index's WordKeys. `into`: an earlier answer the caller
   * is done with, to fill again instead of allocating. `text`: the text scanned, for the entries
   * gated by strings (they all may match without it).
   */
  live(scan: WordScan, into?: Uint8Array, text?: string): Uint8Array {
    const live = into?.length === this.patterns.length ? into.fill(0) : new Uint8Array(this.patterns.length);
    const { ids, has } = scan;
    const { headStart, headEntries, entrySets, setStart, setKeys, entryPat, stamps, heads } = this;
    const keys = headStart.length - 1;
    const stamp = this.nextStamp();
    heads.length = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] ?? 0;
      if (id >= keys) continue;
      const to = headStart[id + 1] ?? 0;
      for (let j = headStart[id] ?? 0; j < to; j++) {
        const entry = headEntries[j] ?? 0;
        if (stamps[entry] === stamp) continue;
        stamps[entry] = stamp;
        heads.push(entry);
      }
    }
    // An entry its first set lets through counts only if the text has a word of each other set too.
    for (let h = 0; h < heads.length; h++) {
      const entry = heads[h] ?? 0;
      const i = entryPat[entry] ?? 0;
      if (live[i]) continue;
      let all = true;
      const last = entrySets[entry + 1] ?? 0;
      for (let s = (entrySets[entry] ?? 0) + 1; s < last && all; s++) {
        let any = false;
        const to = setStart[s + 1] ?? 0;
        for (let q = setStart[s] ?? 0; q < to; q++) {
          if (has[setKeys[q] ?? 0]) {
            any = true;
            break;
          }
        }
        all = any;
      }
      if (all) live[i] = 1;
    }
    let lower: string | undefined;
    for (let t = 0; t < this.textEntries.length; t++) {
      const entry = this.textEntries[t] ?? 0;
      const i = entryPat[entry] ?? 0;
      if (live[i]) continue;
      if (text === undefined) {
        live[i] = 1;
        continue;
      }
      lower ??= text.toLowerCase();
      for (const piece of this.entryTexts[entry] ?? []) {
        if (lower.includes(piece)) {
          live[i] = 1;
          break;
        }
      }
    }
    for (let a = 0; a < this.always.length; a++) live[this.always[a] ?? 0] = 1;
    return live;
  }

  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /**
   * The lines that may hold a match of pattern `i`, as a mask (bit `line % 32`, see WordScan): those
   * where one of its entries has a word of each of its sets. -1 (every line) for a pattern whose
   * match may span lines, has no gate or an entry gated by strings, or for a scan without lines.
   */
  lineMask(i: number, scan: WordScan): number {
    if (!this.local[i] || !scan.lineStarts) return -1;
    const { has } = scan;
    const { patEntries, entrySets, setStart, setKeys } = this;
    let lines = 0;
    const lastEntry = patEntries[i + 1] ?? 0;
    for (let e = patEntries[i] ?? 0; e < lastEntry && lines !== -1; e++) {
      const first = entrySets[e] ?? 0;
      const last = entrySets[e + 1] ?? 0;
      if (first === last) return -1;
      let mask = -1;
      for (let s = first; s < last && mask !== 0; s++) {
        let any = 0;
        const to = setStart[s + 1] ?? 0;
        for (let q = setStart[s] ?? 0; q < to; q++) any |= has[setKeys[q] ?? 0] ?? 0;
        mask &= any;
      }
      lines |= mask;
    }
    return lines;
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
  constructor(patterns: readonly RegExp[], words?: WordKeys, branches = true) {
    this.index = new GateIndex(patterns, words, branches);
    patterns.forEach((re, i) => {
      this.at.set(re, i);
    });
  }

  /** `scan`: the text's scan by the WordKeys this was built with, when the caller has it already. */
  tester(text: string, scan?: WordScan): (re: RegExp) => boolean {
    const live = this.index.live(scan ?? this.index.words.scan(text), undefined, text);
    return (re) => {
      const i = this.at.get(re);
      return (i === undefined || live[i] === 1) && re.test(text);
    };
  }
}
