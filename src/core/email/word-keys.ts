// One scan of an email's words for every word gate: the word beginnings (see gate-words.ts) the
// gates look for, numbered, and which of them a text has.
import { PREFIX } from "./gate-keys";

/**
 * A word beginning of at most PREFIX letters a–z as a number (base 27, letters 1–26), so the scan
 * looks words up without cutting strings; distinct beginnings get distinct numbers.
 */
function keyCode(text: string, from: number, to: number): number {
  let code = 0;
  for (let i = from; i < to; i++) code = code * 27 + (text.charCodeAt(i) - 96);
  return code;
}

/**
 * The word beginnings a text has, as WordKeys numbers them: each once in `ids`, and in `has` a mask
 * of the lines it is on (bit `line % 32`; 0 when the text does not have it). `lineStarts`: where
 * each line of the text begins; a joined scan (joinScans) has none, its masks say only which words.
 */
export interface WordScan {
  ids: number[];
  has: Uint32Array;
  lineStarts?: number[];
}

/**
 * The word beginnings some gate indices look for, numbered. One scan of a text serves every index
 * built on the same WordKeys (build them all before the first scan: a later key is not in it).
 */
export class WordKeys {
  private readonly codes = new Map<number, number>();
  /** `codes` as an open-addressing table (key code + 1, 0 = free; and the id), rebuilt when it grows. */
  private table = new Int32Array(0);
  private tableIds = new Int32Array(0);
  private tableSize = -1;

  get size(): number {
    return this.codes.size;
  }

  id(key: string): number {
    const code = keyCode(key, 0, key.length);
    let id = this.codes.get(code);
    if (id === undefined) {
      id = this.codes.size;
      this.codes.set(code, id);
    }
    return id;
  }

  private lookup(): { table: Int32Array; ids: Int32Array; mask: number } {
    if (this.tableSize !== this.codes.size) {
      let n = 16;
      while (n < this.codes.size * 4) n *= 2;
      this.table = new Int32Array(n);
      this.tableIds = new Int32Array(n);
      for (const [code, id] of this.codes) {
        let slot = hashSlot(code, n - 1);
        while (this.table[slot] !== 0) slot = (slot + 1) & (n - 1);
        this.table[slot] = code + 1;
        this.tableIds[slot] = id;
      }
      this.tableSize = this.codes.size;
    }
    return { table: this.table, ids: this.tableIds, mask: this.table.length - 1 };
  }

  /**
   * `reuse`: an earlier scan by this WordKeys the caller is done with; its arrays are cleared and
   * filled again (a typed array this size is costly to allocate for every email).
   */
  scan(text: string, reuse?: WordScan): WordScan {
    const { has, ids } = fresh(this.codes.size, reuse);
    const lineStarts = reuse?.lineStarts ?? [];
    lineStarts.length = 0;
    lineStarts.push(0);
    let bit = 1;
    const { table, ids: tableIds, mask } = this.lookup();
    const n = text.length;
    // Runs of letters a–z (A–Z read as a–z), each looked up by its first PREFIX letters: one pass,
    // no lower-cased copy, no match objects. Other letters separate words, as they do for the
    // gates: a pattern's ASCII letters only match ASCII letters, even case-insensitively.
    for (let at = 0; at < n; ) {
      // Only A–Z and a–z land in 97–122 once bit 5 is set.
      const raw = text.charCodeAt(at);
      const c = raw | 32;
      if (c < 97 || c > 122) {
        if (raw === 10) {
          lineStarts.push(at + 1);
          bit = 1 << (lineStarts.length - 1);
        }
        at++;
        continue;
      }
      let code = c - 96;
      let end = at + 1;
      for (; end < n; end++) {
        const d = text.charCodeAt(end);
        if (!isLetter(d)) break;
        if (end - at < PREFIX) code = code * 27 + ((d | 32) - 96);
      }
      let slot = hashSlot(code, mask);
      for (let k = table[slot] ?? 0; k !== 0; k = table[slot] ?? 0) {
        if (k === code + 1) {
          const id = tableIds[slot] ?? 0;
          if (!has[id]) ids.push(id);
          has[id] = (has[id] ?? 0) | bit;
          break;
        }
        slot = (slot + 1) & mask;
      }
      at = end;
    }
    return { ids, has, lineStarts };
  }
}

/** A–Z or a–z. */
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** A key code's first slot in a table of mask + 1 slots (Fibonacci hashing). */
const hashSlot = (code: number, mask: number) => (Math.imul(code, 0x9e3779b1) >>> 16) & mask;

/** Empty `has` and `ids` of `size` keys: those of `reuse`, cleared, when it has that size. */
function fresh(size: number, reuse: WordScan | undefined): { has: Uint32Array; ids: number[] } {
  if (!reuse || reuse.has.length !== size) return { has: new Uint32Array(size), ids: [] };
  const { has, ids } = reuse;
  for (let k = 0; k < ids.length; k++) has[ids[k] ?? 0] = 0;
  ids.length = 0;
  return { has, ids };
}

/**
 * The word beginnings of two texts together (as a scan of both, with a line break between, would
 * say which; it has no lines). `reuse` as for WordKeys.scan, neither `a` nor `b`.
 */
export function joinScans(a: WordScan, b: WordScan, reuse?: WordScan): WordScan {
  const { has, ids } = fresh(Math.max(a.has.length, b.has.length), reuse);
  for (const id of a.ids) {
    ids.push(id);
    has[id] = a.has[id] ?? 0;
  }
  for (const id of b.ids) {
    if (!has[id]) ids.push(id);
    has[id] = (has[id] ?? 0) | (b.has[id] ?? 0);
  }
  return { ids, has };
}
