// The whole import read as the options page runs it: decoding, splitting into rows and reading the
// rows into applications, each in slices with a pause between them (core/import/slices), one
// progress figure across the three, and a cancel that stops at the next pause. Nothing is stored
// here: cancelling leaves the user's data as it was.
import type { ColumnMapping } from "../export/csv-import";
import { decoding, type TextEncodingName } from "./decode";
import { parseTableAsync } from "./parse";
import { type ImportPreview, readingTable } from "./preview";
import { runInSlices } from "./slices";
import type { CsvTable } from "./types";

export type ImportStage = "decoding" | "splitting" | "checking";

export interface ImportProgress {
  stage: ImportStage;
  /** 0…1 of the whole read (of the stage, for readTableInSlices alone). */
  fraction: number;
  /** Rows found, once the file is split into rows. */
  rows?: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** See runInSlices. */
  sliceMs?: number;
}

/**
 * Each stage's share of the whole, from `npm run bench` (bench/import.ts on a 50 MB export: decode
 * ~0.6 s, split ~2.7 s, read ~5.6 s), so the bar moves at about the same speed throughout.
 */
const SHARE: Record<ImportStage, [start: number, size: number]> = {
  decoding: [0, 0.07],
  splitting: [0.07, 0.3],
  checking: [0.37, 0.63],
};

const overall = (stage: ImportStage, f: number) => SHARE[stage][0] + SHARE[stage][1] * f;

export async function readImportInSlices(
  bytes: Uint8Array,
  timeZone: string,
  options: ReadOptions = {},
): Promise<ImportPreview> {
  const { signal, onProgress, sliceMs } = options;
  const { text, encoding } = await runInSlices(decoding(bytes), bytes.length, {
    signal,
    sliceMs,
    onProgress: (f) => onProgress?.({ stage: "decoding", fraction: overall("decoding", f) }),
  });
  const table = await parseTableAsync(text, {
    signal,
    onProgress: (f) => onProgress?.({ stage: "splitting", fraction: overall("splitting", f) }),
  });
  return readTableInSlices(table, encoding, timeZone, undefined, {
    signal,
    sliceMs,
    onProgress: (p) => onProgress?.({ ...p, fraction: overall("checking", p.fraction) }),
  });
}

/**
 * The last stage alone: the rows read into applications (again, when the user matches columns);
 * its fraction is of this stage.
 */
export function readTableInSlices(
  table: CsvTable,
  encoding: TextEncodingName,
  timeZone: string,
  mapping: ColumnMapping | undefined,
  { signal, onProgress, sliceMs }: ReadOptions = {},
): Promise<ImportPreview> {
  const rows = table.records.length;
  onProgress?.({ stage: "checking", fraction: 0, rows });
  return runInSlices(readingTable(table, encoding, timeZone, mapping), rows, {
    signal,
    sliceMs,
    onProgress: (fraction) => onProgress?.({ stage: "checking", fraction, rows }),
  });
}
