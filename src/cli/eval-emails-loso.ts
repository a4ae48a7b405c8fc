// npm run eval:emails:loso [-- --errors] [--by-source]
// The tuning measure: leave one source of the real dev mail out at a time (tests/fixtures/emails/real/
// dev.jsonl), train the shipped pipeline on the written corpus plus the other dev sources, and score
// the held-out source. The real test split is never read here.
import { classifyWith } from "../core/email/classify";
import { leaveOneSourceOut } from "../core/email/crossval";
import { evaluate, formatReport } from "../core/email/evaluate";
import { loadModel } from "../core/email/model";
import { prepare } from "../core/email/prepare";
import { trainModel } from "../core/email/train";
import { loadSourced, loadWritten } from "./training-data";

const verbose = process.argv.includes("--errors");
const bySource = process.argv.includes("--by-source");
const written = loadWritten();
const dev = loadSourced("tests/fixtures/emails/real/dev.jsonl");
for (const e of [...written.errors, ...dev.errors]) console.error(e);

const results = leaveOneSourceOut(written.examples, dev.examples, (examples) => {
  const m = loadModel(trainModel(examples));
  return (email) => classifyWith(m, prepare(email), email.date);
});
if (verbose) {
  const byId = new Map(dev.examples.map((e) => [e.id, e]));
  for (const r of results) {
    if (r.gold === r.predicted) continue;
    const e = byId.get(r.id);
    console.log(`✗ ${r.id}: ${r.gold} → ${r.predicted} (${r.confidence}) ${(e?.subject ?? "").slice(0, 60)}`);
  }
}
if (bySource) {
  for (const source of [...new Set(results.map((r) => r.source))]) {
    const mine = results.filter((r) => r.source === source);
    const right = mine.filter((r) => r.gold === r.predicted).length;
    console.log(`${source.padEnd(22)} ${right}/${mine.length} right`);
  }
  console.log("");
}
console.log(
  `leave one source out over ${new Set(results.map((r) => r.source)).size} dev sources (${results.length} emails)`,
);
console.log(formatReport(evaluate(results)));
