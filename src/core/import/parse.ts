// CSV text → table, with papaparse: the separator is guessed (a European spreadsheet writes ";"), and
// a long file is read in chunks that yield to the page between them, report progress and can be
// cancelled. Line numbers count the header as line 1.
import Papa from "papaparse";
import { unnamedColumn } from "../export/csv-import";
import { ImportCancelled } from "./slices";
import type { CsvTable } from "./types";

const CONFIG: Papa.ParseConfig<Record<string, string>> = {
  header: true,
  // Kept, and dropped in finish(): skipping them here would shift every later row's line number.
  skipEmptyLines: false,
  delimitersToGuess: [",", ";", "\t", "|"],
  // A header cell left empty (a sheet's row-label column) still names its column, so it can be chosen.
  transformHeader: (h: string, i: number) => h.replace(/^\uFEFF/, "").trim() || unnamedColumn(i),
};

/** A row with no value in any cell: a spreadsheet's empty row, or the file's last line break. */
const blank = (row: Record<string, unknown>): boolean =>
  Object.values(row).every((v) =>
    typeof v === "string" ? v.trim() === "" : Array.isArray(v) && blank({ ...v }),
  );

/**
 * `rows`: every row under the header, empty ones included, so that each record keeps the line the
 * user sees it on in their spreadsheet; the empty rows are dropped here, with the complaints about them.
 */
function finish(rows: Record<string, string>[], meta: Papa.ParseMeta, errors: Papa.ParseError[]): CsvTable {
  const records: Record<string, string>[] = [];
  const lines: number[] = [];
  const empty = new Set<number>();
  rows.forEach((row, i) => {
    if (blank(row)) empty.add(i);
    else {
      records.push(row);
      lines.push(i + 2);
    }
  });
  return {
    headers: (meta.fields ?? []).filter(Boolean),
    records,
    lines,
    delimiter: meta.delimiter,
    problems: errors
      .filter((e) => !empty.has(e.row ?? -1))
      // A row with more or fewer cells than the header is still read; the message says so.
      .map((e) => ({ line: (e.row ?? 0) + 2, message: e.message })),
  };
}

const parseTableMeta = (): Papa.ParseMeta => ({
  delimiter: ",",
  linebreak: "\n",
  aborted: false,
  truncated: false,
  cursor: 0,
  fields: [],
});

export function parseTable(text: string): CsvTable {
  const result = Papa.parse<Record<string, string>>(text, CONFIG);
  return finish(result.data, result.meta, result.errors);
}

export interface ParseOptions {
  /** 0…1, after each chunk. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  chunkSize?: number;
}

/** Same as parseTable, in chunks of about 1 MB with a pause between them. */
export function parseTableAsync(text: string, options: ParseOptions = {}): Promise<CsvTable> {
  return new Promise((resolve, reject) => {
    const records: Record<string, string>[] = [];
    const errors: Papa.ParseError[] = [];
    let meta: Papa.ParseMeta | undefined;
    if (options.signal?.aborted) return reject(new ImportCancelled());
    Papa.parse<Record<string, string>>(text, {
      ...CONFIG,
      chunkSize: options.chunkSize ?? 1 << 20,
      chunk(result: Papa.ParseResult<Record<string, string>>, parser: Papa.Parser) {
        const offset = records.length;
        for (const row of result.data) records.push(row);
        for (const e of result.errors) errors.push({ ...e, row: (e.row ?? 0) + offset });
        meta = result.meta;
        options.onProgress?.(text.length ? Math.min(1, result.meta.cursor / text.length) : 1);
        parser.pause();
        setTimeout(() => {
          if (options.signal?.aborted) {
            parser.abort();
            reject(new ImportCancelled());
          } else parser.resume();
        }, 0);
      },
      complete() {
        if (options.signal?.aborted) return;
        resolve(finish(records, meta ?? parseTableMeta(), errors));
      },
    });
  });
}
