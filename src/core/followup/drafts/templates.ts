// The default note templates: a thank-you note, a polite follow-up and a last, brief one, each in three
// tones. Seed 003: thank each interviewer within a day and name what you discussed; follow up once the date
// they gave has passed (or after a week or two); a last note stays brief and closes politely.
//
// Template language (one home: render.ts): {field} is replaced by the field's value; {field|text} uses
// `text` when the field is empty; a line that uses an empty field without a fallback is left out, so a
// draft never shows an empty placeholder.
import type { PlanItemKind } from "../plan";

export type DraftKind = PlanItemKind;
export type Tone = "warm" | "neutral" | "brief";

export const DRAFT_KINDS: readonly DraftKind[] = ["thank-you", "follow-up", "second-follow-up"];
export const TONES: readonly Tone[] = ["warm", "neutral", "brief"];

export const KIND_LABEL: Record<DraftKind, string> = {
  "thank-you": "Thank-you note",
  "follow-up": "Follow-up",
  "second-follow-up": "Last follow-up",
};
export const TONE_LABEL: Record<Tone, string> = { warm: "Warm", neutral: "Neutral", brief: "Brief" };

export interface Template {
  subject: string;
  body: string;
}

export type TemplateSet = Record<DraftKind, Record<Tone, Template>>;
/** What the user changed, by kind and tone; everything else is the default. */
export type TemplateOverrides = Partial<Record<DraftKind, Partial<Record<Tone, Template>>>>;

const lines = (...l: string[]) => l.join("\n");

export const DEFAULT_TEMPLATES: TemplateSet = {
  "thank-you": {
    warm: {
      subject: "Thank you for the {interview}",
      body: lines(
        "Hi {name|there},",
        "",
        "Thank you so much for meeting with me on {interviewDate} to talk about {position}. I really enjoyed our conversation.",
        "",
        "I especially enjoyed talking about {topic}.",
        "Thank you as well for {thanks}.",
        "",
        "I'm excited about the opportunity and happy to send anything else that would help.",
        "",
        "Warm regards,",
        "{myName}",
      ),
    },
    neutral: {
      subject: "Thank you for the {interview} on {interviewDate}",
      body: lines(
        "Dear {name|Hiring Team},",
        "",
        "Thank you for taking the time to meet with me on {interviewDate} about {position}.",
        "",
        "I appreciated the chance to discuss {topic}.",
        "Thank you also for {thanks}.",
        "",
        "I remain very interested in the position and look forward to hearing about the next steps.",
        "",
        "Kind regards,",
        "{myName}",
      ),
    },
    brief: {
      subject: "Thank you for the {interview}",
      body: lines(
        "Hello {name|there},",
        "",
        "Thank you for meeting with me on {interviewDate} about {position}.",
        "I enjoyed discussing {topic}.",
        "Thank you also for {thanks}.",
        "",
        "I look forward to hearing from you.",
        "",
        "Best,",
        "{myName}",
      ),
    },
  },
  "follow-up": {
    warm: {
      subject: "Following up on {position}",
      body: lines(
        "Hi {name|there},",
        "",
        "I hope you're well. I'm writing to follow up on my {interview} on {interviewDate} for {position}.",
        "You mentioned you expected to be in touch by {promisedDate}, so I wanted to check in.",
        "",
        "I'm still very interested in the role and would be glad to hear of any update on the next steps.",
        "",
        "Thank you again for your time.",
        "",
        "Best wishes,",
        "{myName}",
      ),
    },
    neutral: {
      subject: "Following up on {position}",
      body: lines(
        "Dear {name|Hiring Team},",
        "",
        "I am following up on my {interview} on {interviewDate} for {position}.",
        "You mentioned you expected to be in touch by {promisedDate}.",
        "",
        "I remain very interested in the position and would appreciate any update you can share.",
        "",
        "Thank you for your time.",
        "",
        "Kind regards,",
        "{myName}",
      ),
    },
    brief: {
      subject: "Following up: {interview} on {interviewDate}",
      body: lines(
        "Hello {name|there},",
        "",
        "Following up on my {interview} on {interviewDate} for {position}.",
        "You expected to be in touch by {promisedDate}.",
        "Is there any update on the next steps?",
        "",
        "Thanks,",
        "{myName}",
      ),
    },
  },
  "second-follow-up": {
    warm: {
      subject: "Checking in once more on {position}",
      body: lines(
        "Hi {name|there},",
        "",
        "I wanted to check in one last time about {position}, following my {interview} on {interviewDate}.",
        "I understand these decisions take time. If the role has been filled, I'd be grateful for a short note, and I'd be glad to be considered for future openings.",
        "",
        "Thank you again for your time.",
        "",
        "Warm regards,",
        "{myName}",
      ),
    },
    neutral: {
      subject: "Final follow-up: {position}",
      body: lines(
        "Dear {name|Hiring Team},",
        "",
        "I am writing one last time about {position}, following my {interview} on {interviewDate}.",
        "If the position has been filled, I would appreciate a brief note so I can close my application.",
        "",
        "Thank you for your consideration.",
        "",
        "Kind regards,",
        "{myName}",
      ),
    },
    brief: {
      subject: "Last check-in: {position}",
      body: lines(
        "Hello {name|there},",
        "",
        "One last check-in about {position} ({interview} on {interviewDate}).",
        "If the role has been filled, a short note would be appreciated.",
        "",
        "Thank you for your time,",
        "{myName}",
      ),
    },
  },
};

const isTemplate = (t: unknown): t is Template =>
  typeof t === "object" &&
  t !== null &&
  typeof (t as Template).subject === "string" &&
  typeof (t as Template).body === "string";

/** The defaults with the user's edits laid over them; anything malformed (an old import, say) is ignored. */
export function mergeTemplates(overrides: TemplateOverrides | undefined): TemplateSet {
  const out = {} as TemplateSet;
  for (const kind of DRAFT_KINDS) {
    const mine = overrides?.[kind];
    out[kind] = { ...DEFAULT_TEMPLATES[kind] };
    for (const tone of TONES) {
      const t = typeof mine === "object" && mine !== null ? mine[tone] : undefined;
      if (isTemplate(t)) out[kind][tone] = { subject: t.subject, body: t.body };
    }
  }
  return out;
}

export function isTone(value: unknown): value is Tone {
  return TONES.includes(value as Tone);
}
