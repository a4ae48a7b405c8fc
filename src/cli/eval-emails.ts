// npm run eval:emails -- labelled.jsonl [more.jsonl …]
// Per-category precision/recall/F1, macro-F1 over applied … update, and binary job-related F1.
import { readFileSync } from "node:fs";
import { classifyEmail, REVIEW_THRESHOLD } from "../core/email";
import { evaluate, formatReport, type Judged } from "../core/email/evaluate";
import { parseEmailLines } from "../core/email/jsonl";

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const verbose = process.argv.includes("--errors");
if (files.length === 0) {
  console.error("usage: npm run eval:emails -- <labelled.jsonl> [--errors]");
  process.exit(2);
}
const pairs: Judged[] = [];
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    continue;
  }
  const { rows, errors } = parseEmailLines(text, { requireLabel: true });
  for (const e of errors) console.error(`${file}:${e.line}: skipped: ${e.message}`);
  for (const { row } of rows) {
    if (!row.label) continue;
    const c = classifyEmail(row);
    pairs.push({ gold: row.label, predicted: c.category, confidence: c.confidence });
    if (verbose && c.category !== row.label) {
      console.log(
        `✗ ${row.id}: ${row.label} → ${c.category} (${c.confidence}) ${row.subject.slice(0, 60)}\n    ${c.evidence.join(" | ")}`,
      );
    }
  }
}
console.log(formatReport(evaluate(pairs, { reviewAt: REVIEW_THRESHOLD })));
