// npm run --silent classify -- emails.jsonl
// One JSON line out per email in: {"id","category","confidence","evidence"}. Errors go to stderr.
import { readFileSync } from "node:fs";
import { classifyEmail } from "../core/email";
import { parseEmailLines } from "../core/email/jsonl";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run --silent classify -- <emails.jsonl>");
  process.exit(2);
}
let text: string;
try {
  text = file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
} catch (e) {
  console.error(`cannot read ${file}: ${(e as Error).message}`);
  process.exit(2);
}
const { rows, errors } = parseEmailLines(text);
const errorAt = new Map(errors.map((e) => [e.line, e.message]));
const rowAt = new Map(rows.map((r) => [r.line, r.row]));
const last = Math.max(0, ...errorAt.keys(), ...rowAt.keys());
const out: string[] = [];
for (let line = 1; line <= last; line++) {
  const message = errorAt.get(line);
  if (message) console.error(`${file}:${line}: skipped: ${message}`);
  const row = rowAt.get(line);
  if (!row) continue;
  const c = classifyEmail(row);
  out.push(
    JSON.stringify({ id: row.id, category: c.category, confidence: c.confidence, evidence: c.evidence }),
  );
}
process.stdout.write(out.length ? `${out.join("\n")}\n` : "");
