// One scan of an email's words for every word gate: the word beginnings (see gate-words.ts) the
// gates look for, numbered, and which of them a text has.
import { PREFIX } from "./gate-words";

/**
 * A word beginning of at most PREFIX letters a–z as a number (base 27, letters 1–26), so the scan
 * looks words up without cutting strings; distinct beginnings get distinct numbers.
 */
function keyCode(text: string, from: number, to: number): number {
  let code = 0;
  for (let i = from; i < to; i++) code = code * 27 + (text.charCodeAt(i) - 96);
  return code;
}

/** The word beginnings a text has, as WordKeys numbers them: each once in `ids`, and flagged in `has`. */
export interface WordScan {
  ids: number[];
  has: Uint8Array;
}

/**
 * The word beginnings some gate indices look for, numbered. One scan of a text serves every index
 * built on the same WordKeys (build them all before the first scan: a later key is not in it).
 */
export class WordKeys {
  private readonly codes = new Map<number, number>();

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

  scan(text: string): WordScan {
    const has = new Uint8Array(this.codes.size);
    const ids: number[] = [];
    const lower = text.toLowerCase();
    const n = lower.length;
    // Runs of a–z, each looked up by its first PREFIX letters: one pass, no match objects.
    for (let at = 0; at < n; ) {
      const c = lower.charCodeAt(at);
      if (c < 97 || c > 122) {
        at++;
        continue;
      }
      let end = at + 1;
      for (let d = lower.charCodeAt(end); end < n && d >= 97 && d <= 122; d = lower.charCodeAt(++end));
      const id = this.codes.get(keyCode(lower, at, Math.min(end, at + PREFIX)));
      if (id !== undefined && !has[id]) {
        has[id] = 1;
        ids.push(id);
      }
      at = end;
    }
    return { ids, has };
  }
}

/** The word beginnings of two texts together (as a scan of both, with a line break between). */
export function joinScans(a: WordScan, b: WordScan): WordScan {
  const has = new Uint8Array(Math.max(a.has.length, b.has.length));
  has.set(a.has);
  const ids = [...a.ids];
  for (const id of b.ids) {
    if (!has[id]) {
      has[id] = 1;
      ids.push(id);
    }
  }
  return { ids, has };
}
