// Where the parts of a body begin: the sender's message first, then the footer (unsubscribe links,
// legal boilerplate, "similar jobs" lists, "sent via" lines). Phrases found in the footer say less
// about what this email is than the same phrases in the message itself.

/** A line that starts the footer of a notification or marketing email. */
const FOOTER_LINE =
  /^[\s*•·|-]*(unsubscribe|manage (your )?(job |email )?(alerts|preferences|notifications|settings)|you('re| are) receiving|you received this|this (e-?mail|message) (was|is|has been) (sent|generated|intended)|this is an? (automated|system[- ]generated|auto-?generated)|please do not reply|do not reply|©|\(c\) \d{4}|copyright|privacy (policy|notice|statement)|terms (of use|and conditions)|powered by|sent via|sent from my|similar jobs|top job picks|jobs you may (like|be interested)|more jobs (for you|like this)|recommended (jobs|for you)|people also (viewed|applied)|equal (opportunity|employment)|[\w ,&.]{0,40} is an equal opportunity|registered (office|in england|address)|confidentiality (notice|note)|disclaimer|the information (contained )?in this (e-?mail|message))/im;

/** FOOTER_LINE searched from an index (global, so lastIndex says where); reset before each use. */
const FOOTER_SEARCH = new RegExp(FOOTER_LINE.source, "gim");

/** Index where the footer starts, or the body's length when there is none. */
export function footerStart(body: string): number {
  // Only after the opening: some notifications put "View in browser" or a list on their first line.
  const min = Math.min(200, Math.floor(body.length * 0.3));
  const re = FOOTER_SEARCH;
  re.lastIndex = min;
  const m = re.exec(body);
  if (m) return m.index;
  return body.length;
}

/** Reply and forward prefixes: the subject was written for an earlier message in the thread. */
export const REPLY_SUBJECT = /^\s*((re|fw|fwd|aw|sv|tr)\s*(\[\d+\])?\s*:\s*)+/i;
