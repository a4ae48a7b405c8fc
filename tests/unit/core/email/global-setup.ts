// Trains the email model before the unit tests when model.gen.json is missing or older than the corpus
// (the build does the same step before bundling).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseEmailLines } from "../../../../src/core/email/jsonl";
import { type LabelledEmail, trainModel } from "../../../../src/core/email/train";

export default function setup(): void {
  const corpus = resolve("tests/fixtures/emails/corpus");
  const out = resolve("src/core/email/model.gen.json");
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => join(corpus, f));
  const newest = Math.max(
    ...files.map((f) => statSync(f).mtimeMs),
    ...["train.ts", "prepare.ts", "sections.ts", "text.ts"].map(
      (f) => statSync(resolve("src/core/email", f)).mtimeMs,
    ),
  );
  if (existsSync(out) && statSync(out).mtimeMs >= newest) return;
  const examples: LabelledEmail[] = [];
  for (const f of files) {
    for (const { row } of parseEmailLines(readFileSync(f, "utf8"), { requireLabel: true }).rows) {
      if (row.label) examples.push({ ...row, label: row.label });
    }
  }
  writeFileSync(out, `${JSON.stringify(trainModel(examples))}\n`);
}
