// A large tracker export for the import e2e tests, written to disk so the browser reads it itself as
// it would the user's file: Simplify's columns, one application per row (written, not recorded).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HEADER =
  "Job Title,Company Name,Location,Job URL,Applied Date,Status,Status Date,Archived,Date Archived,Notes,job_type\n";

const row = (i: number) =>
  `Engineer ${i},Company ${i},Remote,https://example.com/jobs/${i},2024-09-03,Applied,2024-09-03,false,N/A,${"note ".repeat(20)},Full-time\n`;

/** Rows until the file reaches `bytes`, or `rows` rows; returns its path and its number of rows. */
export function bigExport(
  name: string,
  size: { bytes: number } | { rows: number },
): { path: string; rows: number } {
  const lines: string[] = [HEADER];
  let bytes = HEADER.length;
  let i = 0;
  while ("bytes" in size ? bytes < size.bytes : i < size.rows) {
    const r = row(i++);
    lines.push(r);
    bytes += r.length;
  }
  const path = join(mkdtempSync(join(tmpdir(), "debrief-import-")), name);
  writeFileSync(path, lines.join(""));
  return { path, rows: i };
}
