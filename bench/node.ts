// Node benchmarks of the pure cores: the email classifier over the labelled dev corpus, and posting
// extraction over every written fixture page (parsed once; only extraction is timed).
// Run through scripts/run-ts.mjs; prints one JSON object { name: samples[] } on its last line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import { classifyEmail } from "../src/core/email";
import { parseEmailLines } from "../src/core/email/jsonl";
import { extractPosting } from "../src/core/posting";
import { parseHtml } from "../tests/unit/core/posting/parse";

const runs = Number(process.argv[2] ?? 5);
const root = process.cwd();

function emails() {
  const dir = join(root, "tests/fixtures/emails/dev");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => parseEmailLines(readFileSync(join(dir, f), "utf8")).rows.map((r) => r.row));
}

function pages() {
  const dir = join(root, "tests/fixtures/posting");
  const out: { doc: Document; url: string }[] = [];
  for (const board of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, board))) {
      if (!file.endsWith(".html")) continue;
      const spec = JSON.parse(
        readFileSync(join(dir, board, file.replace(/\.html$/, ".expected.json")), "utf8"),
      );
      out.push({ doc: parseHtml(readFileSync(join(dir, board, file), "utf8"), spec.url), url: spec.url });
    }
  }
  return out;
}

/** Repeats `once` until at least `minMs` passed; returns items per second. */
function throughput(once: () => number, minMs = 1000): number {
  let items = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) items += once();
  return (items / (performance.now() - start)) * 1000;
}

const corpus = emails();
const docs = pages();
// Warm-up: the model loads and the JIT settles before anything is timed.
for (const e of corpus) classifyEmail(e);
for (const p of docs) extractPosting(p.doc, p.url);

const classifier: number[] = [];
const extractor: number[] = [];
for (let i = 0; i < runs; i++) {
  classifier.push(
    throughput(() => {
      for (const e of corpus) classifyEmail(e);
      return corpus.length;
    }),
  );
  const perSecond = throughput(() => {
    for (const p of docs) extractPosting(p.doc, p.url);
    return docs.length;
  });
  extractor.push(1000 / perSecond);
}
/**
 * What a worker wake pays for the shipped email model before any mail needs it: evaluating it as an
 * object literal (how esbuild bundles a JSON import) against as the string the build now ships
 * (build.mjs, lazyEmailModel), each in a fresh context so no compile cache helps.
 */
function evalMs(source: string): number {
  const t0 = performance.now();
  new Script(source).runInNewContext({});
  return performance.now() - t0;
}
const modelText = readFileSync(join(root, "src/core/email/model.gen.json"), "utf8").trim();
const asObject: number[] = [];
const asString: number[] = [];
for (let i = 0; i < runs; i++) {
  asObject.push(evalMs(`var model = ${modelText};\n// ${i}`));
  asString.push(evalMs(`var model = ${JSON.stringify(modelText)};\n// ${i}`));
}
console.error(`node: ${corpus.length} emails, ${docs.length} posting pages`);
console.log(
  JSON.stringify({
    "classifier.emailsPerSecond": classifier,
    "extractor.msPerPage": extractor,
    "wake.modelAsObjectEvalMs": asObject,
    "wake.modelAsStringEvalMs": asString,
    meta: { emails: corpus.length, pages: docs.length },
  }),
);
