// The one list of what the shipped email model learns from, read by `npm run train:emails`, the build
// and the unit tests: the written corpus plus the development half of the real mail. The real test
// half (tests/fixtures/emails/real/test.jsonl) is never trained on; it is the measure.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SourcedEmail } from "../core/email/crossval";
import { parseEmailLines } from "../core/email/jsonl";
import type { EmailModel } from "../core/email/model";
import { type LabelledEmail, trainModel } from "../core/email/train";

/** The written training corpus (tests/fixtures/emails/corpus). */
export const WRITTEN_FILES = (root = "."): string[] => {
  const corpus = resolve(root, "tests/fixtures/emails/corpus");
  return readdirSync(corpus)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(corpus, f));
};

export const REAL_DEV_FILE = (root = "."): string => resolve(root, "tests/fixtures/emails/real/dev.jsonl");

export const TRAINING_FILES = (root = "."): string[] => [...WRITTEN_FILES(root), REAL_DEV_FILE(root)];

export const MODEL_FILE = (root = "."): string => resolve(root, "src/core/email/model.gen.json");

export interface TrainingSet {
  examples: LabelledEmail[];
  errors: string[];
}

function load(files: readonly string[]): TrainingSet {
  const examples: LabelledEmail[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const { rows, errors: bad } = parseEmailLines(readFileSync(file, "utf8"), { requireLabel: true });
    for (const e of bad) errors.push(`${file}:${e.line}: ${e.message}`);
    for (const { row } of rows) if (row.label) examples.push({ ...row, label: row.label });
  }
  return { examples, errors };
}

export function loadTrainingSet(root = "."): TrainingSet {
  return load(TRAINING_FILES(root));
}

export function loadWritten(root = "."): TrainingSet {
  return load(WRITTEN_FILES(root));
}

/** Real mail with its source id (every line of real/*.jsonl has one; a line without it is an error). */
export function loadSourced(file: string): { examples: SourcedEmail[]; errors: string[] } {
  const { examples, errors } = load([file]);
  const sourced: SourcedEmail[] = [];
  for (const e of examples) {
    if (e.source) sourced.push({ ...e, source: e.source });
    else errors.push(`${file}: ${e.id ?? "?"} has no "source"`);
  }
  return { examples: sourced, errors };
}

/** The model JSON exactly as it is committed (src/core/email/model.gen.json). */
export function trainedModelText(root = "."): { text: string; model: EmailModel; set: TrainingSet } {
  const set = loadTrainingSet(root);
  const model = trainModel(set.examples);
  return { text: `${JSON.stringify(model)}\n`, model, set };
}
