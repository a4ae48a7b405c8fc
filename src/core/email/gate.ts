// Word gates at run time: patterns indexed by the word beginnings every match must contain (found
// by gate-words.ts), so a rule whose words are missing from an email never runs its regex.
import { lineLocal, requiredClauses } from "./gate-words";
import { WordKeys, type WordScan } from "./word-keys";

export { lineLocal, requiredClauses, requiredWords } from "./gate-words";
export { joinScans, WordKeys, type WordScan } from "./word-keys";

/**
 * Patterns indexed by their word gates: `candidates(text)` says which of them can match the text,
 * from one pass over its words, so a pattern none of whose words occur costs nothing at all.
 */
export class GateIndex {
  /** Key number → the patterns whose first set has it. */
  private readonly first: number[][] = [];
  private readonly always: number[] = [];
  /** Patterns with more sets than their first, and those sets as key numbers. */
  private readonly more: { i: number; sets: number[][] }[] = [];
  /** Per pattern, every set as key numbers, when its matches lie within one line (else null). */
  private readonly lineSets: (number[][] | null)[] = [];
  constructor(
    readonly patterns: readonly RegExp[],
    readonly words: WordKeys = new WordKeys(),
  ) {
    patterns.forEach((re, i) => {
      const clauses = requiredClauses(re);
      const [head, ...rest] = clauses;
      this.lineSets[i] = head && lineLocal(re) ? clauses.map((set) => set.map((k) => words.id(k))) : null;
      if (!head) {
        this.always.push(i);
        return;
      }
      for (const k of head) {
        const id = words.id(k);
        const list = this.first[id];
        if (list) list.push(i);
        else this.first[id] = [i];
      }
      if (rest.length > 0) this.more.push({ i, sets: rest.map((set) => set.map((k) => words.id(k))) });
    });
  }

  /** One flag per pattern: 1 when it may match `text`, 0 when it cannot. */
  candidates(text: string): Uint8Array {
    return this.live(this.words.scan(text));
  }

  /** The same from a scan of the text by this index's WordKeys. */
  live(scan: WordScan): Uint8Array {
    const live = new Uint8Array(this.patterns.length);
    const { ids, has } = scan;
    for (let k = 0; k < ids.length; k++) {
      const list = this.first[ids[k] ?? 0];
      if (list) for (let j = 0; j < list.length; j++) live[list[j] ?? 0] = 1;
    }
    // A pattern its first set lets through runs only if the text has a word of each other set too.
    for (let m = 0; m < this.more.length; m++) {
      const { i, sets } = this.more[m] as { i: number; sets: number[][] };
      if (!live[i]) continue;
      for (let s = 0; s < sets.length; s++) {
        const set = sets[s] as number[];
        let any = false;
        for (let q = 0; q < set.length; q++) {
          if (has[set[q] ?? 0]) {
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
    for (const i of this.always) live[i] = 1;
    return live;
  }

  /**
   * The lines that may hold a match of pattern `i`, as a mask (bit `line % 32`, see WordScan): those
   * with a word of each of its sets. -1 (every line) for a pattern whose match may span lines or has
   * no gate, or for a scan without lines.
   */
  lineMask(i: number, scan: WordScan): number {
    const sets = this.lineSets[i];
    if (!sets || !scan.lineStarts) return -1;
    let mask = -1;
    for (let s = 0; s < sets.length && mask !== 0; s++) {
      const set = sets[s] as number[];
      let any = 0;
      for (let q = 0; q < set.length; q++) any |= scan.has[set[q] ?? 0] ?? 0;
      mask &= any;
    }
    return mask;
  }
}

/**
 * The first match of `re` in `text`, as `re.exec(text)` gives it (index included), found by running
 * it only on the lines `mask` lets through (GateIndex.lineMask) when that reads less of the text.
 * `lineStarts` are the text's line starts (WordScan). For non-global patterns whose matches lie
 * within one line: a line is cut out with its edges, which \b and the m flag's ^ $ read as the
 * line break they stand for.
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
  let chars = 0;
  for (let l = 0; l < lines; l++) {
    if ((mask >>> (l & 31)) & 1) chars += (lineStarts[l + 1] ?? text.length + 1) - (lineStarts[l] ?? 0);
  }
  if (chars * 4 > text.length * 3) return re.exec(text);
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
