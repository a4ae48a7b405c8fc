// Digests of what the classifier's own stages make of each email: prepare() (the cleaned fields and
// the model's features, in order), ruleScores() (phrase-rule and guard scores with their evidence),
// extractHints() and the prefilter. Given the model, these decide classifyEmail()'s output entirely,
// so while they are unchanged the classification of every one of these emails is unchanged, whatever
// model is trained. tests/fixtures/emails/stage-digests.json holds them as they were before the
// speed-ups of issue #12 (session 5), which left them as they were, and after that session's
// German/French/Spanish rules; tests/unit/core/email/stage-digests.test.ts compares.
// Regenerate (only for a change that is meant to change what the stages give, and say so in the
// commit): node scripts/run-ts.mjs src/cli/write-email-stages.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { extractHints } from "../core/email/hints";
import { parseEmailLines } from "../core/email/jsonl";
import { isJobRelated } from "../core/email/prefilter";
import { prepare } from "../core/email/prepare";
import { ruleScores } from "../core/email/rule-scores";

export const STAGE_DIGESTS_FILE = (root = "."): string =>
  resolve(root, "tests/fixtures/emails/stage-digests.json");

/** The emails digested: the real dev mail, the written dev set the bench times, the written corpus. */
export function stageFiles(root = "."): string[] {
  const dir = (d: string) =>
    readdirSync(resolve(root, d))
      .filter((f) => f.endsWith(".jsonl"))
      .sort()
      .map((f) => resolve(root, d, f));
  return [
    resolve(root, "tests/fixtures/emails/real/dev.jsonl"),
    ...dir("tests/fixtures/emails/dev"),
    ...dir("tests/fixtures/emails/corpus"),
  ];
}

const digest = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 10);

/**
 * "real/dev#id" (file under tests/fixtures/emails, no .jsonl) → "<prepare> <rules> <hints> <prefilter>": the first three are digests of the stages'
 * output, the last is 1 or 0.
 */
export function stageDigests(root = "."): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of stageFiles(root)) {
    const name = relative(resolve(root, "tests/fixtures/emails"), file).replace(/\.jsonl$/, "");
    for (const { row } of parseEmailLines(readFileSync(file, "utf8")).rows) {
      let key = `${name}#${row.id}`;
      for (let n = 2; out.has(key); n++) key = `${name}#${row.id}#${n}`;
      const p = prepare(row);
      const { scores, hits } = ruleScores(p);
      // The interview branch reads dates too; a fixed reference day keeps the hints deterministic.
      const hints = extractHints(p, "interview", row.date ?? "2025-01-15T12:00:00Z", "UTC");
      const job = isJobRelated(row) ? 1 : 0;
      out.set(key, `${digest(p)} ${digest([[...scores], hits])} ${digest(hints)} ${job}`);
    }
  }
  return out;
}

export function readStageDigests(root = "."): Map<string, string> {
  const json = JSON.parse(readFileSync(STAGE_DIGESTS_FILE(root), "utf8")) as {
    emails: Record<string, string>;
  };
  return new Map(Object.entries(json.emails));
}
