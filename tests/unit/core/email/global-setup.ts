// The email model is committed (src/core/email/model.gen.json). Before the unit tests, write it when it
// is missing so a fresh checkout can run them; tests/unit/core/email/model-file.test.ts fails when the
// committed file differs from what training gives.
import { existsSync, writeFileSync } from "node:fs";
import { MODEL_FILE, trainedModelText } from "../../../../src/cli/training-data";

export default function setup(): void {
  if (!existsSync(MODEL_FILE())) writeFileSync(MODEL_FILE(), trainedModelText().text);
}
