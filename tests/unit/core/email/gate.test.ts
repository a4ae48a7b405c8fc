import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  branchGates,
  GatedTests,
  GateIndex,
  joinScans,
  lineLocal,
  requiredClauses,
  requiredWords,
  WordKeys,
} from "../../../../src/core/email/gate";
import {
  APPLICATION_CONTEXT,
  INTERVIEWER_SIDE,
  JOB_WORDS,
  NEWSLETTER_CUES,
  NON_JOB_APPLICATION,
  OWN_APPLICATION,
  PROMO,
} from "../../../../src/core/email/guards";
import {
  NAMED_JOB_APPLICATION,
  NAMED_NON_JOB_APPLICATION,
  SCAM_CUES,
} from "../../../../src/core/email/hard-negatives";
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
    expect(requiredWords(/\bthank(s| you) for applying\b/i)).toEqual(["apply"]);
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

  it("needs a word of every word group a match must have, best first", () => {
    expect(requiredClauses(/\b(came across|found) your (profile|cv)\b/i)).toEqual([
      ["acros", "found"],
      ["your"],
      ["cv", "profi"],
    ]);
    expect(requiredClauses(/\bthank(s| you) for applying\b/i)).toEqual([["apply"], ["thank"], ["for"]]);
    // Every alternative has "offer": that is a gate of its own.
    expect(requiredClauses(/\b(offer letter|job offer)\b/i)).toEqual([["lette", "offer"], ["offer"]]);
    const index = new GateIndex([/\b(came across|found) your (profile|cv)\b/i]);
    expect([...index.candidates("I found your profile")]).toEqual([1]);
    // "found" lets it through; without "your" and a noun it cannot match, so it does not run.
    expect([...index.candidates("We found a bug in the profile page")]).toEqual([0]);
  });

  it("gates a pattern branch by branch, and by its strings where no word has a fixed start", () => {
    const patterns = [/\b(your bill|credit card)\b/i, /(coupon|promo code)/i, /\b(a|\w+ing)\b/i];
    const fine = new GateIndex(patterns);
    const whole = new GateIndex(patterns, new WordKeys(), false);
    // As a whole, "your" is a word of the pattern; branch by branch, "your" needs "bill".
    expect([...whole.candidates("About your application")]).toEqual([1, 1, 1]);
    expect([...fine.candidates("About your application")]).toEqual([0, 0, 1]);
    expect([...fine.candidates("Your BILL is due; use PROMO CODE x or a multicoupon")]).toEqual([1, 1, 1]);
    expect(branchGates(/(coupon|promo code)/i)).toEqual([
      { clauses: [], texts: ["coupon"] },
      { clauses: [], texts: ["promo code"] },
    ]);
    // Letters past ASCII (other than uncased ones) give no string gate: lower-casing could miss them.
    expect(branchGates(/(straße|grüße)/i)).toBeNull();
  });

  it("runs a guard only when its words occur, and agrees with the guard on every fixture email", () => {
    const guards = [
      APPLICATION_CONTEXT,
      NON_JOB_APPLICATION,
      JOB_WORDS,
      INTERVIEWER_SIDE,
      OWN_APPLICATION,
      PROMO,
      ...NEWSLETTER_CUES,
      NAMED_JOB_APPLICATION,
      NAMED_NON_JOB_APPLICATION,
      ...SCAM_CUES,
    ];
    const words = new WordKeys();
    const gated = new GatedTests(guards, words);
    for (const e of mail()) {
      const p = prepare(e);
      for (const text of [`${p.subject}\n${p.body}`, p.fullBody.toUpperCase()]) {
        const test = gated.tester(text);
        for (const re of guards) expect(test(re), `${e.id}: ${re.source.slice(0, 60)}`).toBe(re.test(text));
      }
      // Subject and body scanned apart and joined gate as the two scanned together do.
      const both = `${p.subject}\n${p.body}`;
      const joined = gated.tester(both, joinScans(words.scan(p.subject), words.scan(p.body)));
      for (const re of guards) expect(joined(re), `${e.id}: ${re.source.slice(0, 60)}`).toBe(re.test(both));
    }
  }, 300_000);

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
  }, 300_000);

  it("tells which patterns can only match within one line", () => {
    expect(lineLocal(/\bthank(s| you) for applying\b/i)).toBe(true);
    expect(lineLocal(/\byour [^.\n]{0,40} application\b/i)).toBe(true);
    expect(lineLocal(/^dear\b/im)).toBe(true);
    // \s, a negated class without "\n", [\s\S], ^ without the m flag, look-arounds: they may cross.
    expect(lineLocal(/\bthank\s+you\b/i)).toBe(false);
    expect(lineLocal(/\byour [^.]{0,40} application\b/i)).toBe(false);
    expect(lineLocal(/\bhi\b[\s\S]{0,40}\bteam\b/i)).toBe(false);
    expect(lineLocal(/^dear\b/i)).toBe(false);
    expect(lineLocal(/\bapply(?= now)/i)).toBe(false);
    expect(lineLocal(/\bapply\b/gi)).toBe(false);
  });

  it("finds the same first match line by line as in the whole body, for every rule and fixture email", () => {
    const words = new WordKeys();
    const body = new GateIndex(
      BODY_RULES.map((r) => r.re),
      words,
    );
    let lined = 0;
    for (const e of mail()) {
      const p = prepare(e);
      // Long bodies (the only ones read line by line), one past 32 lines, and one with the lines shuffled.
      const lines = p.body.split("\n");
      const texts = [
        `${p.body}\n${"x ".repeat(200)}`,
        [...lines, ...lines, ...lines, ...lines].join("\n"),
        [...lines].reverse().join("\n\n"),
      ];
      for (const text of texts) {
        const scan = words.scan(text);
        const live = body.live(scan);
        BODY_RULES.forEach((r, i) => {
          if (!live[i]) return;
          const want = r.re.exec(text);
          const got = body.exec(i, text, scan);
          if (body.lineMask(i, scan) !== -1) lined++;
          expect(got?.index, `${e.id}: ${r.re.source.slice(0, 80)}`).toBe(want?.index);
          expect(got?.[0]).toBe(want?.[0]);
        });
      }
    }
    expect(lined).toBeGreaterThan(1000);
  }, 300_000);
});
