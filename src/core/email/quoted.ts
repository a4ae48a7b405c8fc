// Quoted history and signatures in a mail's text: one list of markers and one cutter, for the classifier
// and the matcher (newPart: what the sender wrote now) and for the webmail readers (trimQuoted: the body
// as it is stored and sent). A marker on the first line would leave nothing: that is not a reply's quote.

/** Text-level markers of quoted history, for bodies whose quote is not in a marked element. */
export const QUOTE_MARKERS: readonly RegExp[] = [
  /^\s*On .{0,200}wrote:\s*$/m,
  /^\s*Le .{0,200}a écrit\s*:\s*$/m,
  /^\s*Am .{0,200}schrieb .{0,200}:\s*$/m,
  /^\s*El .{0,200}escribió:\s*$/m,
  /^\s*-{2,}\s*(Original Message|Message d'origine|Ursprüngliche Nachricht|Mensaje original)\s*-{2,}/im,
  /^\s*-{2,}\s*Forwarded message\s*-{2,}/im,
  /^\s*_{10,}\s*$/m,
  /^\s*(From|De|Von|Van|Da)\s?:\s.{0,200}\n\s*(Sent|Date|Envoyé|Gesendet|Enviado|Verzonden|Inviato)\s?:/im,
];

/** Signature separators: the standard "-- " line, and the phone sign-offs. */
export const SIGNATURE_MARKERS: readonly RegExp[] = [
  /^-- ?$/m,
  /^Sent from my (iPhone|iPad|Android|phone)/im,
  /^Get Outlook for (iOS|Android)/im,
];

/** A "> " line: quoted by the sender's mail program. */
const QUOTE_LINE = /^>/m;

/**
 * Text some markers cannot match without (case as written: those patterns are case-sensitive, or
 * the text has no letters), so a body without it skips their search.
 */
const NEEDS = new Map<RegExp, string>([
  [QUOTE_MARKERS[0] as RegExp, "wrote:"],
  [QUOTE_MARKERS[1] as RegExp, "a écrit"],
  [QUOTE_MARKERS[2] as RegExp, "schrieb "],
  [QUOTE_MARKERS[3] as RegExp, "escribió:"],
  [QUOTE_MARKERS[4] as RegExp, "--"],
  [QUOTE_MARKERS[5] as RegExp, "--"],
  [QUOTE_MARKERS[6] as RegExp, "__________"],
  [QUOTE_LINE, ">"],
]);

/** The text before the earliest marker that does not start it. */
function cutAt(text: string, markers: readonly RegExp[]): string {
  let cut = text.length;
  for (const re of markers) {
    const need = NEEDS.get(re);
    if (need !== undefined && !text.includes(need)) continue;
    const m = re.exec(text);
    if (m && m.index > 0 && m.index < cut) cut = m.index;
  }
  return text.slice(0, cut);
}

/**
 * The part of a body the sender wrote now: quoted history ("On … wrote:", "-----Original Message",
 * "From: … Sent:") is cut, since it repeats older mail and would mislead the tags; "> " lines
 * between the sender's own (an interleaved reply) are dropped.
 */
export function newPart(body: string): string {
  const cut = cutAt(body, QUOTE_MARKERS);
  // Without a ">" there is no quoted line to drop.
  if (!cut.includes(">")) return cut;
  return cut
    .split("\n")
    .filter((line) => !/^\s*>/.test(line))
    .join("\n");
}

/** The body as stored: cut at quoted history, the first "> " line, or a signature marked in the text. */
export function trimQuoted(text: string): string {
  return cutAt(text, [...QUOTE_MARKERS, QUOTE_LINE, ...SIGNATURE_MARKERS]).trim();
}
