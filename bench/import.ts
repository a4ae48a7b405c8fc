// Import of a 50 MB tracker export (written here: a Simplify-shaped file of ~228,000 rows) in node:
// decoding, parsing in chunks (as the options page does) and reading the rows into applications.
//   node scripts/run-ts.mjs bench/import.ts [runs]
// Prints the median milliseconds of each step over the runs.
import { decodeBytes, parseTableAsync, readTable } from "../src/core/import";

const runs = Number(process.argv[2] ?? 3);
const header =
  "Job Title,Company Name,Location,Job URL,Applied Date,Status,Status Date,Archived,Date Archived,Notes,job_type\n";
const parts = [header];
let size = header.length;
for (let i = 0; size < 50_000_000; i++) {
  const day = String((i % 28) + 1).padStart(2, "0");
  const row = `Engineer ${i},Company ${i},Remote,https://example.com/jobs/${i},2024-09-${day},Applied,2024-10-${day},false,N/A,${"note ".repeat(20)},Full-time\n`;
  parts.push(row);
  size += row.length;
}
const bytes = new TextEncoder().encode(parts.join(""));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const times: Record<string, number[]> = { decode: [], parse: [], read: [] };
let rows = 0;
for (let r = 0; r < runs; r++) {
  let t = performance.now();
  const { text, encoding } = decodeBytes(bytes);
  times.decode!.push(performance.now() - t);
  t = performance.now();
  const table = await parseTableAsync(text);
  times.parse!.push(performance.now() - t);
  t = performance.now();
  rows = readTable(table, encoding, "America/New_York").applications.length;
  times.read!.push(performance.now() - t);
}
console.log(
  JSON.stringify({
    bytes: bytes.length,
    applications: rows,
    ms: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v))])),
  }),
);
