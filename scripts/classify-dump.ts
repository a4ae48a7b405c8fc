// Dumps classifyEmail()'s whole output for every email fixture (real and written), with and without a
// personal model, as JSON lines: a speed-up must leave this file byte-identical.
//   node scripts/run-ts.mjs scripts/classify-dump.ts > before.jsonl
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyEmail } from "../src/core/email";
import { learnFromCorrection } from "../src/core/email/classify";
import { parseEmailLines } from "../src/core/email/jsonl";
import { emptyPersonalModel } from "../src/core/email/personal";

const root = join(process.cwd(), "tests/fixtures/emails");
const rows = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(root, d.name))
      .filter((f) => f.endsWith(".jsonl"))
      .sort()
      .flatMap((f) =>
        parseEmailLines(readFileSync(join(root, d.name, f), "utf8")).rows.map((r) => ({
          at: `${d.name}/${f}:${r.line}`,
          row: r.row,
        })),
      ),
  );
const out: string[] = [];
for (const { at, row } of rows) out.push(JSON.stringify({ at, ...classifyEmail(row) }));
// A personal model from a few corrections (each email re-tagged as the next category along).
let personal = emptyPersonalModel();
for (const { row } of rows.filter((_, i) => i % 97 === 0)) {
  const c = classifyEmail(row, personal);
  const right = c.category === "interview" ? "rejected" : "interview";
  personal = learnFromCorrection(personal, row, c.category, right);
}
for (const { at, row } of rows)
  out.push(JSON.stringify({ at, personal: true, ...classifyEmail(row, personal) }));
process.stdout.write(`${out.join("\n")}\n`);
console.error(`${rows.length} emails`);
