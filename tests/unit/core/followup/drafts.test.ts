// Every default template rendered against debriefs (full and sparse): the names, the role, the dates in
// the user's zone, what was discussed, and never an empty placeholder or a dangling phrase.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_TEMPLATES,
  DRAFT_KINDS,
  draftFields,
  type FieldsInput,
  interviewPhrase,
  mergeTemplates,
  renderTemplate,
  renderText,
  TONES,
  templateFields,
  templateProblems,
  thanksFromSignals,
  topicFromNotes,
} from "../../../../src/core/followup/drafts";

// Tuesday 3 March 2026, 15:00 UTC: 10:00 in New York, already Wednesday 04:00 in Auckland.
const AT = Date.UTC(2026, 2, 3, 15);
const BY = Date.UTC(2026, 2, 10, 17);

const full: FieldsInput = {
  application: { title: "Data Analyst", company: "Contoso Health" },
  interview: {
    at: AT,
    round: 2,
    kind: "video",
    interviewers: ["Ana Lopez", "Ben Okafor"],
    nextStepBy: BY,
    notes:
      "Nervous at first. Discussed the claims dashboard rebuild. We talked about on-call for the data platform.",
    signals: { "introduced-to-team": true, "office-tour": true, "asked-start-date": true },
  },
  names: ["Ana Lopez", "Ben Okafor"],
  myName: "Sam Reyes",
  timeZone: "America/New_York",
};

const sparse: FieldsInput = {
  application: { title: "", company: "Fabrikam" },
  interview: { at: AT, kind: "other", interviewers: [], signals: {} },
  names: [],
  timeZone: "America/New_York",
};

function problemsIn(text: string): string[] {
  const found: string[] = [];
  if (/[{}]/.test(text)) found.push("a brace");
  if (/ {2}/.test(text)) found.push("a double space");
  if (/\s[,.;:!?]/.test(text)) found.push("a space before punctuation");
  if (/\b(?:about|by|for|on|at|the)[.,]/i.test(text)) found.push("a phrase missing its object");
  if (/\n{3}/.test(text)) found.push("a double blank line");
  if (/^\s|\s$/.test(text)) found.push("blank edges");
  return found;
}

describe("default templates", () => {
  for (const kind of DRAFT_KINDS) {
    for (const tone of TONES) {
      const template = DEFAULT_TEMPLATES[kind][tone];
      it(`${kind} / ${tone}: full debrief`, () => {
        const out = renderTemplate(template, draftFields(full));
        expect(problemsIn(out.subject)).toEqual([]);
        expect(problemsIn(out.body)).toEqual([]);
        expect(out.subject.length).toBeGreaterThan(5);
        expect(out.body).toContain("Ana Lopez and Ben Okafor");
        expect(out.body).toContain("the Data Analyst role at Contoso Health");
        expect(out.body).toContain("Tuesday, March 3");
        expect(`${out.subject} ${out.body}`).toContain("second-round video interview");
        expect(out.body.endsWith("Sam Reyes")).toBe(true);
        if (kind === "thank-you") {
          expect(out.body).toContain("the claims dashboard rebuild and on-call for the data platform");
          expect(out.body).toContain("introducing me to the team and walking me through the office");
          expect(out.body).not.toContain("Nervous");
        }
        if (kind === "follow-up") expect(out.body).toContain("by Tuesday, March 10");
        expect(out.body.length).toBeLessThan(900);
      });
      it(`${kind} / ${tone}: sparse debrief leaves lines out, never a blank`, () => {
        const out = renderTemplate(template, draftFields(sparse));
        expect(problemsIn(out.subject)).toEqual([]);
        expect(problemsIn(out.body)).toEqual([]);
        expect(out.body).toMatch(/^(Hi there|Dear Hiring Team|Hello there),/);
        expect(out.body).toContain("the role at Fabrikam");
        expect(out.body).toContain("Tuesday, March 3");
        expect(out.body).not.toMatch(
          /enjoyed (talking|discussing)|appreciated the chance|Thank you (as well|also) for/,
        );
        expect(out.body).not.toMatch(/in touch by/);
      });
    }
  }

  it("writes dates in the user's zone", () => {
    const auckland = draftFields({ ...full, timeZone: "Pacific/Auckland" });
    expect(auckland.interviewDate).toBe("Wednesday, March 4");
    expect(draftFields(full).interviewDate).toBe("Tuesday, March 3");
    expect(draftFields({ ...full, timeZone: "Asia/Tokyo" }).promisedDate).toBe("Wednesday, March 11");
  });

  it("a follow-up refers to the date they gave, else to the interview date", () => {
    const given = renderTemplate(DEFAULT_TEMPLATES["follow-up"].neutral, draftFields(full)).body;
    expect(given).toContain("You mentioned you expected to be in touch by Tuesday, March 10.");
    const none = { ...full, interview: { ...full.interview!, nextStepBy: undefined } } as FieldsInput;
    const body = renderTemplate(DEFAULT_TEMPLATES["follow-up"].neutral, draftFields(none)).body;
    expect(body).not.toContain("in touch by");
    expect(body).toContain("on Tuesday, March 3 for the Data Analyst role");
  });

  it("one note each greets one interviewer", () => {
    const out = renderTemplate(
      DEFAULT_TEMPLATES["thank-you"].warm,
      draftFields({ ...full, names: ["Ben Okafor"] }),
    );
    expect(out.body.startsWith("Hi Ben Okafor,")).toBe(true);
    expect(out.body).not.toContain("Lopez");
  });

  it("the last follow-up is brief and closes politely", () => {
    for (const tone of TONES) {
      const body = renderTemplate(DEFAULT_TEMPLATES["second-follow-up"][tone], draftFields(full)).body;
      expect(body).toMatch(/last|final/i);
      expect(body).toMatch(/filled/);
      expect(body.split(/\s+/).length).toBeLessThan(90);
    }
  });
});

describe("untrusted text stays text", () => {
  it("markup, javascript: and braces in the notes come out literally, once", () => {
    const notes = 'Discussed <img src=x onerror="alert(1)"> and javascript:alert(document.domain) {myName}.';
    const f = draftFields({ ...full, interview: { ...full.interview!, notes } });
    expect(f.topic).toBe('<img src=x onerror="alert(1)"> and javascript:alert(document');
    const body = renderText("About {topic}. {myName}", { ...f, topic: "{myName} <b>x</b>" });
    expect(body).toBe("About {myName} <b>x</b>. Sam Reyes");
  });

  it("control characters and line breaks in a field do not start new lines", () => {
    const f = draftFields({ ...full, application: { title: "Analyst\n\nBcc: x@y.z\u0007", company: "C" } });
    expect(f.role).toBe("Analyst Bcc: x@y.z");
  });
});

describe("fields", () => {
  it("takes what was discussed from the notes' own verbs", () => {
    expect(topicFromNotes("- discussed roadmap for Q3\n- spoke about hybrid work; nice people")).toBe(
      "roadmap for Q3 and hybrid work",
    );
    expect(topicFromNotes("Discussed: the data model. Topics: hiring plans")).toBe(
      "the data model and hiring plans",
    );
    expect(topicFromNotes("Felt good. Long commute. Undiscussed salary")).toBe("");
    expect(topicFromNotes("")).toBe("");
  });

  it("thanks only for kindnesses the user ticked", () => {
    expect(thanksFromSignals({ "office-tour": true })).toBe("walking me through the office");
    expect(thanksFromSignals({ "asked-start-date": true, "office-tour": false })).toBe("");
  });

  it("names the interview by round and kind, the round only when given", () => {
    expect(interviewPhrase(undefined, "phone")).toBe("phone interview");
    expect(interviewPhrase(1, "onsite")).toBe("first-round on-site interview");
    expect(interviewPhrase(12, "other")).toBe("round 12 interview");
  });

  it("ignores a stated date before the interview", () => {
    const f = draftFields({ ...full, interview: { ...full.interview!, nextStepBy: AT - 86_400_000 } });
    expect(f.promisedDate).toBe("");
  });
});

describe("template language", () => {
  it("uses a fallback, drops a line whose field is empty, and collapses blank lines", () => {
    expect(renderText("Hi {name|there},\n\nAbout {topic}.\n\n\nBye", { name: "" })).toBe("Hi there,\n\nBye");
  });

  it("lists the fields a template uses, for the editor", () => {
    expect(templateFields({ subject: "{role}", body: "Hi {name|x} {nope}" })).toEqual(["name", "role"]);
  });

  it("reports unknown fields, stray braces and empty parts", () => {
    expect(templateProblems({ subject: "", body: "Hi {nmae} {" })).toEqual([
      "{nmae} is not a field, so its line is always left out.",
      "The subject is empty.",
      "A brace is not part of a {field}: check for a typo.",
    ]);
    for (const kind of DRAFT_KINDS)
      for (const tone of TONES) expect(templateProblems(DEFAULT_TEMPLATES[kind][tone])).toEqual([]);
  });

  it("lays the user's edits over the defaults", () => {
    const mine = { subject: "S", body: "B" };
    const set = mergeTemplates({ "follow-up": { brief: mine } });
    expect(set["follow-up"].brief).toEqual(mine);
    expect(set["follow-up"].warm).toBe(DEFAULT_TEMPLATES["follow-up"].warm);
    const junk = mergeTemplates({ "thank-you": { warm: { subject: 1 } } } as never);
    expect(junk["thank-you"].warm).toBe(DEFAULT_TEMPLATES["thank-you"].warm);
  });
});
