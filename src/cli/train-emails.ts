// Trains the email classifier's model from tests/fixtures/emails/corpus/*.jsonl and writes
// src/core/email/model.gen.json. Run at build time (before bundling) and by the vitest global setup.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseEmailLines } from "../core/email/jsonl";
import { type LabelledEmail, trainModel } from "../core/email/train";

const corpusDir = resolve(process.argv[2] ?? "tests/fixtures/emails/corpus");
const outFile = resolve(process.argv[3] ?? "src/core/email/model.gen.json");

const examples: LabelledEmail[] = [];
let bad = 0;
for (const name of readdirSync(corpusDir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()) {
  const { rows, errors } = parseEmailLines(readFileSync(join(corpusDir, name), "utf8"), {
    requireLabel: true,
  });
  for (const e of errors) console.error(`${name}:${e.line}: ${e.message}`);
  bad += errors.length;
  for (const { row } of rows) if (row.label) examples.push({ ...row, label: row.label });
}
const model = trainModel(examples);
const json = JSON.stringify(model);
writeFileSync(outFile, `${json}\n`);
console.error(
  `trained on ${examples.length} emails (${bad} bad lines): ${Object.keys(model.terms).length} terms, ${(json.length / 1024).toFixed(1)} kB → ${outFile}`,
);
