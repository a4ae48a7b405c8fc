// Trains the email classifier's model from the written corpus and the real development mail (see
// training-data.ts) and writes src/core/email/model.gen.json, which is committed so that
// `npm run classify` works straight after `npm ci`. The build runs this before bundling, and a unit
// test fails when the committed file is not what training gives.
import { writeFileSync } from "node:fs";
import { MODEL_FILE, trainedModelText } from "./training-data";

const { text, model, set } = trainedModelText();
for (const e of set.errors) console.error(e);
writeFileSync(MODEL_FILE(), text);
console.error(
  `trained on ${set.examples.length} emails (${set.errors.length} bad lines): ${Object.keys(model.terms).length} terms, ${(text.length / 1024).toFixed(1)} kB → ${MODEL_FILE()}`,
);
