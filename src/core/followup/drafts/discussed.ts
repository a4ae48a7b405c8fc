// What the note can thank them for, from the debrief alone. Seed 003: "reference specific points of
// discussion from your interview". Two sources, neither guessed at:
// - the notes, where the user wrote what was discussed ("Discussed the Kafka migration", "talked about
//   on-call"): the phrase after the verb, first one or two;
// - the signs they ticked that are things the interviewer did for them (seeds 000, 002: introduced to the
//   team, shown around the office, others brought in to meet them …), as "thank you for …" phrases.

const TOPIC_VERB =
  /(?:^|[.;!?]\s+|\n)\s*[-*•]?\s*(?:we\s+|they\s+)?(?:discussed|talked\s+about|spoke\s+about|chatted\s+about|went\s+over|covered|discussion\s+(?:of|about|on)|topics?)\s*:?\s+([^.;!?\n]+)/gi;

/** Up to two topics from the notes, joined with "and"; "" when the notes name none. */
export function topicFromNotes(notes: string, max = 2): string {
  const topics: string[] = [];
  for (const m of notes.matchAll(TOPIC_VERB)) {
    const t = (m[1] ?? "")
      .replace(/\s+/g, " ")
      .replace(/[\s,:-]+$/, "")
      .trim();
    if (t && t.length <= 120 && !topics.includes(t)) topics.push(t);
    if (topics.length >= max) break;
  }
  return topics.join(" and ");
}

/** Signs that are a kindness to thank for, in the order a note would mention them. */
export const THANKS_FOR: readonly { signal: string; phrase: string }[] = [
  { signal: "introduced-to-team", phrase: "introducing me to the team" },
  { signal: "office-tour", phrase: "walking me through the office" },
  { signal: "others-brought-in", phrase: "bringing others in to meet me" },
  { signal: "real-problems", phrase: "walking me through the problems your team is working on" },
  { signal: "interest-in-questions", phrase: "taking the time to answer my questions" },
  { signal: "next-steps-timeline", phrase: "explaining the next steps so clearly" },
];

/** Up to two "thank you for" phrases from the ticked signs; "" when none applies. */
export function thanksFromSignals(signals: Readonly<Record<string, boolean>>, max = 2): string {
  const phrases = THANKS_FOR.filter((t) => signals[t.signal] === true)
    .slice(0, max)
    .map((t) => t.phrase);
  return phrases.join(" and ");
}
