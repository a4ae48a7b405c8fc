// Word gates at run time: patterns indexed by the word beginnings every match must contain (found
// by gate-words.ts), so a rule whose words are missing from an email never runs its regex.
import { requiredClauses } from "./gate-words";
import { WordKeys, type WordScan } from "./word-keys";

export { requiredClauses, requiredWords } from "./gate-words";
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
  constructor(
    readonly patterns: readonly RegExp[],
    readonly words: WordKeys = new WordKeys(),
  ) {
    patterns.forEach((re, i) => {
      const [head, ...rest] = requiredClauses(re);
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
    for (const id of scan.ids) {
      const list = this.first[id];
      if (list) for (const i of list) live[i] = 1;
    }
    // A pattern its first set lets through runs only if the text has a word of each other set too.
    for (const { i, sets } of this.more) {
      if (!live[i]) continue;
      for (const set of sets) {
        let any = false;
        for (const id of set) if (scan.has[id]) any = true;
        if (!any) {
          live[i] = 0;
          break;
        }
      }
    }
    for (const i of this.always) live[i] = 1;
    return live;
  }
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
