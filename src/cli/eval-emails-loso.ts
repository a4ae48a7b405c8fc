// npm run eval:emails:loso [-- --errors] [--by-source] [--set maxTerms=5000 …] [--tune calibration=1.5 …]
// The tuning measure: leave one source of the real dev mail out at a time (tests/fixtures/emails/real/
// dev.jsonl), train the shipped pipeline on the written corpus plus the other dev sources, and score
// the held-out source. The real test split is never read here.
import { classifyWith, DEFAULT_TUNING, REVIEW_THRESHOLD } from "../core/email/classify";
import { leaveOneSourceOut } from "../core/email/crossval";
import { evaluate, formatReport } from "../core/email/evaluate";
import { loadModel } from "../core/email/model";
import { prepare } from "../core/email/prepare";
import { DEFAULT_TRAIN, type TrainOptions, trainModel } from "../core/email/train";
import { loadSourced, loadWritten } from "./training-data";

const verbose = process.argv.includes("--errors");
const bySource = process.argv.includes("--by-source");
// Training options and tunings to try (defaults: DEFAULT_TRAIN in core/email/train.ts, DEFAULT_TUNING
// in core/email/classify.ts), so every figure tried while tuning can be reproduced.
function options<T extends object>(flag: string, defaults: T): T {
  const out = { ...defaults };
  process.argv.forEach((a, i) => {
    if (a !== flag) return;
    const [key, value] = (process.argv[i + 1] ?? "").split("=");
    if (!key || !(key in defaults)) throw new Error(`unknown ${flag} option ${key}`);
    (out as Record<string, number>)[key] = Number(value);
  });
  return out;
}
const overrides: TrainOptions = options("--set", DEFAULT_TRAIN);
const tuning = options("--tune", DEFAULT_TUNING);

const written = loadWritten();
const dev = loadSourced("tests/fixtures/emails/real/dev.jsonl");
for (const e of [...written.errors, ...dev.errors]) console.error(e);

const results = leaveOneSourceOut(written.examples, dev.examples, (examples) => {
  const m = loadModel(trainModel(examples, overrides));
  return (email) => classifyWith(m, prepare(email), email.date, tuning);
});
if (verbose) {
  const byId = new Map(dev.examples.map((e) => [e.id, e]));
  for (const r of results) {
    if (r.gold === r.predicted) continue;
    const e = byId.get(r.id);
    console.log(`✗ ${r.id}: ${r.gold} → ${r.predicted} (${r.confidence}) ${(e?.subject ?? "").slice(0, 60)}`);
    console.log(`    ${(r.evidence ?? []).join(" | ")}`);
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
console.log(formatReport(evaluate(results, { reviewAt: REVIEW_THRESHOLD })));
