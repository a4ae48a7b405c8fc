import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GateIndex, requiredWords } from "../../../../src/core/email/gate";
import { parseEmailLines } from "../../../../src/core/email/jsonl";
import { prepare } from "../../../../src/core/email/prepare";
import { BODY_RULES, SUBJECT_RULES } from "../../../../src/core/email/rules";

const root = "tests/fixtures/emails";
function mail() {
  const files = ["corpus", "dev", "blind", "fresh", "final"].flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith(".jsonl"))
      .map((f) => join(root, d, f)),
  );
  files.push(join(root, "real/dev.jsonl"));
  return files.flatMap((f) => parseEmailLines(readFileSync(f, "utf8")).rows.map((r) => r.row));
}

describe("word gates for the phrase rules", () => {
  it("reads the words a pattern needs, and gives no gate where it cannot tell", () => {
    expect(requiredWords(/\bthank(s| you) for applying\b/i)).toEqual(["thank"]);
    // One word per alternative, the longest whose start is fixed; "job" could only begin "jobs".
    expect(requiredWords(/\b(offer letter|job offer)\b/i)).toEqual(["lette", "offer"]);
    // A word shorter than five letters counts whole, and only where its end is fixed too.
    expect(requiredWords(/\b(your cv|resume)\b/i)).toEqual(["resum", "your"]);
    expect(requiredWords(/\b(cv|resume)/i)).toBeNull();
    // Nothing fixes where "plication" starts, and back-references are not followed.
    expect(requiredWords(/plication/i)).toBeNull();
    expect(requiredWords(/\b(\w+) \1\b/i)).toBeNull();
    expect(requiredWords(/\b(a|\w+ing)\b/i)).toBeNull();
  });

  it("never skips a rule that matches: every rule against every fixture email, and edited copies", () => {
    const subject = new GateIndex(SUBJECT_RULES.map((r) => r.re));
    const body = new GateIndex(BODY_RULES.map((r) => r.re));
    let checked = 0;
    let skipped = 0;
    for (const e of mail()) {
      const p = prepare(e);
      // Upper case, accents and odd spacing: the gate must agree with the regexes on them too.
      for (const text of [p.body, `é${p.body.toUpperCase().replace(/ /g, "\u00a0 ")}ß`]) {
        const live = body.candidates(text);
        BODY_RULES.forEach((r, i) => {
          checked++;
          if (!live[i]) {
            skipped++;
            expect(r.re.test(text), `${e.id}: ${r.re.source.slice(0, 80)}`).toBe(false);
          }
        });
      }
      const live = subject.candidates(p.subject);
      SUBJECT_RULES.forEach((r, i) => {
        if (!live[i]) expect(r.re.test(p.subject), `${e.id}: ${r.re.source.slice(0, 80)}`).toBe(false);
      });
    }
    // The gates are worth having: most rule runs are skipped.
    expect(skipped / checked).toBeGreaterThan(0.5);
  }, 60_000);
});
