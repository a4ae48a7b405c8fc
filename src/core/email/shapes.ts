// Who an email is written to and what it does, read from wording any sender uses: mail to the person
// who posted a job (not to a candidate), to a referee about someone else, and a change of an
// application's status. They are model features (features.ts), not rules: the model learns from the
// labelled mail how far each one says a category, and the evidence names the one that tipped it.

/** Mail to whoever posted or manages a job: a listing's life, or a candidate who applied to it. */
const POSTER_SIDE =
  /\b(your (job )?(listing|posting|job post|job ad|job entry|requisition|vacancy) (has|is|was|will|expires?)|(new|a new) (job )?(listing|posting|job entry|requisition) (has been |was )?(submitted|posted|created|approved|published)|job (listing|entry|post(ing)?) (submitted|approved|rejected|expir\w+|published)|awaiting (approval|moderation)|(you('ve| have)|you've got) (a )?new (candidate|applicant|application)s?|new (candidate|applicant)s? (for|has applied|applied)|(has|have) applied (to|for) your (job|listing|position|vacancy|posting)|candidates? (has|have) applied)\b/i;

/** Mail to a referee: someone else asks the reader to speak for them, or their employment is checked. */
const TO_REFEREE =
  /\b((asking|asked|requested|invited) you (for|to (give|provide|write|complete|submit)) (a |an )?(reference|referee|recommendation)|requested (your )?references?|(listed|named|nominated|given|put (you )?down) (you )?as (a |an |their |his |her |one of (their|his|her) )?(professional )?(referee|reference)|verify (the |their |his |her )?employment|reference request(ed)?)/i;

/** An application's status moved, was put on hold, closed or cancelled, without saying a decision. */
const STATUS_CHANGE =
  /\b((status|stage) (of|for) your (job )?(application|candidacy)|your (application|candidacy)('s)? (status|stage)|application status|(status|stage) (has )?(changed|been (updated|changed))|(moved|advanced|progressed) (you |your application )?(to|in|into|through) (the )?(next |new )?(stage|step|pipeline|phase)|(position|role|job|vacancy|requisition|opening) (has been |was |is )(put )?(on hold|paused|cancelled|canceled|closed|withdrawn|re-?opened)|portal (has been )?updated)\b/i;

/** The shape features of one email's subject and (new) body, as "h:…" names. */
export function shapeFeatures(subject: string, body: string): string[] {
  const text = `${subject}\n${body.slice(0, 4000)}`;
  const out: string[] = [];
  if (POSTER_SIDE.test(text)) out.push("h:to:poster");
  if (TO_REFEREE.test(text)) out.push("h:to:referee");
  if (STATUS_CHANGE.test(text)) out.push("h:status");
  return out;
}
