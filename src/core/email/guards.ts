// Guards: sentences that look like one category but mean another are blanked or re-weighed
// before and after the phrase rules run.

/**
 * Conditional outcomes in acknowledgements ("if you have not heard from us within 14 days, please
 * assume your application has been unsuccessful") describe a future rejection, not a present one.
 */
const CONDITIONAL =
  /(^|[.!?\n]\s*)(if|should|in the event|where|unless|once)\b[^.!?\n]{0,80}\b(you|your application|we|there|candidates|applicants|successful)\b[^.!?\n]{0,220}[.!?]?/gi;
/** An "if/should/once/when you…" clause anywhere in a sentence. */
const MID_CONDITIONAL =
  /\b(if|should|once|when|in case) (you|your|the role|the position|we|there|it|selected|shortlisted|successful)\b/i;
const FUTURE_STEP =
  /\b(interview|phone screen|call|contact|reach out|be in touch|get in touch|keep you posted|hear from|next steps?|invite)\b/i;
const CONDITION_MET =
  /\b(shortlisted|selected|successful|good match|a match|match(es)?|fit|suitable|align|progress(ed)?|move forward|qualifications meet)\b/i;
/** "Unfortunately, due to the volume of applications, we cannot reply to everyone." */
const VOLUME_APOLOGY =
  /\b(unfortunately|regrettably|please note|please understand)\b,?[^.!?\n]{0,80}\b(volume|number|high|large|unable to (respond|reply)|not able to (respond|reply)|cannot (respond|reply)|can't (respond|reply)|only (be )?(able to )?contact|only shortlisted|individual feedback)\b[^.!?\n]{0,160}[.!?]?/gi;
/** Promotional offers: a price cut is no job offer. */
export const PROMO =
  /(\d+ ?% off\b|\b\d+% (discount|cashback)|[$£€₹] ?\d+ off\b|\bfree (shipping|delivery|trial|gift)|\bpromo code\b|\bcoupon\b|\bshop now\b|\bsale ends\b|\blimited[- ]time (offer|deal)|\bspecial offer\b|\bexclusive offer\b|\boffer (ends|expires|valid)\b|\bpre-?approved\b|\b(loan|credit card|mortgage|cashback|insurance|broadband|mobile plan|upgrade) offer\b)/i;

export interface Blanked {
  text: string;
  /** Sentences that were blanked, for evidence. */
  removed: string[];
}

export function blankConditionals(body: string): Blanked {
  const removed: string[] = [];
  const text = body
    .replace(CONDITIONAL, (m, lead: string) => {
      const negative =
        /\b(unsuccessful|not (been )?(selected|successful|shortlisted)|not (move|moving|proceed|progress)|no longer|regret|decided not)\b/i.test(
          m,
        );
      // "If shortlisted, we will invite you to interview": a possible next step, not an invitation.
      const future =
        /\b(if|should|once|where)\b[^.!?\n]{0,60}\b(shortlisted|selected|successful|progress(ed)?|suitable|match)\b/i.test(
          m,
        ) && /\b(invite|invited|contact|reach out|be in touch|hear from)\b/i.test(m);
      if (!negative && !future) return m;
      removed.push(m.slice(lead.length).trim());
      return `${lead} `;
    })
    .replace(VOLUME_APOLOGY, (m) => {
      removed.push(m.trim());
      return " ";
    });
  // "We will contact you to arrange an interview if the role is a good match": the condition sits
  // mid-sentence; it is still a possible next step, not an invitation. Sentence by sentence, with
  // cheap tests first, so a long body costs one pass.
  // A sentence's match is a match in the whole text (MID_CONDITIONAL ends on a word, never on the
  // sentence's last character), so without one there the sentences need no look.
  if (!MID_CONDITIONAL.test(text)) return { text, removed };
  const sentences = sentencesOf(text);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] ?? "";
    if (MID_CONDITIONAL.test(sentence) && FUTURE_STEP.test(sentence) && CONDITION_MET.test(sentence)) {
      removed.push(sentence.trim());
      sentences[i] = " ";
    }
  }
  return { text: sentences.join(""), removed };
}

/** The text cut after every ".", "!", "?" and line break, as split(/(?<=[.!?\n])/) cuts it. */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) {
      out.push(text.slice(from, i + 1));
      from = i + 1;
    }
  }
  if (from < text.length || out.length === 0) out.push(text.slice(from));
  return out;
}

/** Words that tie a message to someone's own job search. */
export const APPLICATION_CONTEXT =
  /\b(your application|you applied|your candidacy|applying|application for|applied for|the (position|role|post|vacancy|job)|this (position|role|post|vacancy)|hiring (manager|team)|recruit(er|ing|ment)|candidate|shortlist(ed)?|interview (you|with you)|your interview|resumes?|cvs?|job offer|offer letter|referee|references|background check|assessment|opportunit(y|ies)|talent|hiring)\b/i;

/** Applications that are not for a job: passports, loans, rentals, university places… */
export const NON_JOB_APPLICATION =
  /\b(passport|visa|mortgage|home loan|personal loan|loan|credit card|rental|tenancy|lease|admissions?|university|college|enrol?ment|scholarship|insurance|claim|permit|membership|account opening|planning permission|council tax|driving licen[cs]e|licen[cs]e application|tax return|pension|benefits? claim)\b|\b(formation|inscription|logement|bourse d'études|studienplatz|mietwohnung|wohnung|mietvertrag|curso|beca|matr[ií]cula|alquiler)\b/i;
export const JOB_WORDS =
  /\b(jobs?\w*|position|role|vacancy|hiring|candidate|recruit\w*|employment|career|interview|employer|salary|start date|apprentice\w*|internship|stelle|stellen\w*|vorstellungsgespräch|bewerber\w*|personalabteilung|anforderungsprofil|arbeitgeber|poste|emploi|entretien d'embauche|recrutement|embauche|puesto|empleo|vacante|reclutamiento|contratación)\b/i;
/** The reader sits on the interview panel at their own job. */
export const INTERVIEWER_SIDE =
  /\b(hi|hello|morning|afternoon) (team|all|everyone|folks)\b[\s\S]{0,400}\b(the candidate|candidate's|this candidate|candidates'? (cvs?|resumes?|profiles?)|(sit|be|serve|sitting) on the (interview )?panel|interviewers?|scorecards?|(your|their|interview) feedback)\b|\b(scorecard|interview feedback) (is )?(due|overdue|outstanding)|\b(you're|you are) on the (interview )?panel|\bsubmit (your )?(scorecard|interview feedback)|\breview (their|the candidate's) (cv|resume)/i;

/** Words that tie a message to the reader's own application, not to hiring in general. */
export const OWN_APPLICATION =
  /\b(your application|you applied|your candidacy|your interview|your (cv|resume|profile)|your offer|your assessment|thank(s| you) for applying)\b/i;
/** Signs of a newsletter or blog digest; two or more make one. */
export const NEWSLETTER_CUES: readonly RegExp[] = [
  /\bin (this|today's|this week's) (issue|edition|newsletter)\b/i,
  /\bread (more|the (full )?(article|story|post))\b/i,
  /\b(free|paid) subscriber\b|\bupgrade to paid\b|\bsubscribers?\b/i,
  /\b(listen|watch) now\b|\b(listen|subscribe) on (spotify|apple|youtube)\b/i,
  /\bpodcast\b|\bepisode\b|\bon the show\b/i,
  /\bnewsletter\b|\bdigest\b/i,
  /\bview (this (post|email) )?(in|on) (your )?(browser|the web)\b|\bview in browser\b/i,
];
