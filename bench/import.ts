// Import of a 50 MB tracker export (written here: a Simplify-shaped file of ~228,000 rows) in node:
// decoding, parsing in chunks and reading the rows into applications, each at once; then the whole
// read in slices as the options page runs it (core/import/read-in-slices), with the longest time
// the thread went without a pause (what a click on Cancel may wait, at most).
//   node scripts/run-ts.mjs bench/import.ts [runs]
// Prints the median milliseconds of each step over the runs.
import { decodeBytes, parseTableAsync, readImportInSlices, readTable } from "../src/core/import";

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
const times: Record<string, number[]> = { decode: [], parse: [], read: [], inSlices: [], longestBusy: [] };

/** The longest gap between ticks of a 0 ms timer while `work` runs: the thread's longest busy stretch. */
async function longestBusy(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work();
  running = false;
  return longest;
}
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
  t = performance.now();
  const busy = await longestBusy(() => readImportInSlices(bytes, "America/New_York"));
  times.inSlices!.push(performance.now() - t);
  times.longestBusy!.push(busy);
}
console.log(
  JSON.stringify({
    bytes: bytes.length,
    applications: rows,
    ms: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(median(v))])),
  }),
);
