// node scripts/run-ts.mjs src/cli/eval-emails-foreign.ts [--errors]
// Issue #12 item 6, German, French and Spanish job mail: leave one source of the real dev mail out
// (as npm run eval:emails:loso does) and report on the held-out emails that are mostly in one of
// those languages (prepare()'s foreignShare ≥ FOREIGN_SHARE), with how many the content scripts'
// prefilter lets through. The real test split is never read here.
import { classifyWith, DEFAULT_TUNING, FOREIGN_SHARE, REVIEW_THRESHOLD } from "../core/email/classify";
import { leaveOneSourceOut } from "../core/email/crossval";
import { evaluate, formatReport } from "../core/email/evaluate";
import { loadModel } from "../core/email/model";
import { isJobRelated } from "../core/email/prefilter";
import { prepare } from "../core/email/prepare";
import { trainModel } from "../core/email/train";
import { loadSourced, loadWritten } from "./training-data";

const written = loadWritten();
const dev = loadSourced("tests/fixtures/emails/real/dev.jsonl");
for (const e of [...written.errors, ...dev.errors]) console.error(e);
const foreign = new Set(
  dev.examples.filter((e) => prepare(e).foreignShare >= FOREIGN_SHARE).map((e) => e.id),
);

const results = leaveOneSourceOut(written.examples, dev.examples, (examples) => {
  const m = loadModel(trainModel(examples));
  return (email) => classifyWith(m, prepare(email), email.date, DEFAULT_TUNING);
}).filter((r) => foreign.has(r.id));
const byId = new Map(dev.examples.map((e) => [e.id, e]));
if (process.argv.includes("--errors")) {
  for (const r of results) {
    if (r.gold === r.predicted) continue;
    const e = byId.get(r.id);
    console.log(`✗ ${r.id}: ${r.gold} → ${r.predicted} (${r.confidence}) ${(e?.subject ?? "").slice(0, 60)}`);
    console.log(`    ${(r.evidence ?? []).join(" | ")}`);
  }
}
const jobMail = results.filter((r) => r.gold !== "other");
const passed = jobMail.filter((r) => isJobRelated(byId.get(r.id) ?? {})).length;
console.log(
  `German/French/Spanish dev mail, leave one source out: ${results.length} emails from ${new Set(results.map((r) => r.source)).size} sources`,
);
console.log(`prefilter lets through ${passed}/${jobMail.length} of the job mail among them`);
console.log(formatReport(evaluate(results, { reviewAt: REVIEW_THRESHOLD })));
