// The one list of what the shipped email model learns from, read by `npm run train:emails`, the build
// and the unit tests: the written corpus plus the development half of the real mail. The real test
// half (tests/fixtures/emails/real/test.jsonl) is never trained on; it is the measure.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseEmailLines } from "../core/email/jsonl";
import type { EmailModel } from "../core/email/model";
import { type LabelledEmail, trainModel } from "../core/email/train";

export const TRAINING_FILES = (root = "."): string[] => {
  const corpus = resolve(root, "tests/fixtures/emails/corpus");
  const written = readdirSync(corpus)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(corpus, f));
  return [...written, resolve(root, "tests/fixtures/emails/real/dev.jsonl")];
};

export const MODEL_FILE = (root = "."): string => resolve(root, "src/core/email/model.gen.json");

export interface TrainingSet {
  examples: LabelledEmail[];
  errors: string[];
}

export function loadTrainingSet(root = "."): TrainingSet {
  const examples: LabelledEmail[] = [];
  const errors: string[] = [];
  for (const file of TRAINING_FILES(root)) {
    const { rows, errors: bad } = parseEmailLines(readFileSync(file, "utf8"), { requireLabel: true });
    for (const e of bad) errors.push(`${file}:${e.line}: ${e.message}`);
    for (const { row } of rows) if (row.label) examples.push({ ...row, label: row.label });
  }
  return { examples, errors };
}

/** The model JSON exactly as it is committed (src/core/email/model.gen.json). */
export function trainedModelText(root = "."): { text: string; model: EmailModel; set: TrainingSet } {
  const set = loadTrainingSet(root);
  const model = trainModel(set.examples);
  return { text: `${JSON.stringify(model)}\n`, model, set };
}
