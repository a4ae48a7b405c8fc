// Selectors are data, kept together; each fallback says why it is there. Stable attributes first
// (Gmail's data-* ids and decade-old class names; Outlook's role, aria-*, data-app-section and
// data-testid), never Outlook's hashed class names.

export const GMAIL = {
  /** An opened message; data-legacy-message-id is the hex id Gmail's #all/<id> links open. */
  message: "div.adn[data-legacy-message-id], div.adn[data-message-id]",
  /** Thread subject; carries the thread ids. */
  subject: "h2.hP",
  /** Sender: name and address as attributes. */
  sender: "span.gD[email]",
  /** Fallback: the hovercard id also holds the address in compact layouts. */
  senderFallback: "h3.iw [email], h3.iw [data-hovercard-id*='@']",
  /** The date, full in the title attribute. */
  date: "span.g3[title]",
  /** Fallback: some layouts put the full date in the alt/aria-label of the time cell. */
  dateFallback: "td.gH span[title], td.gH span[aria-label]",
  /** The rendered body; absent while a collapsed message has not been opened. */
  body: "div.a3s",
  /**
   * Body parts to leave out. `cut`: reading stops there (quoted history, and the "…" trimmed content
   * .yj6qo/.adL, follow it); `skip`: just that element.
   */
  trim: {
    cut: [
      ".gmail_quote_container",
      "div.gmail_quote",
      "blockquote.gmail_quote",
      "div.yj6qo",
      "div.adL",
      "div.gmail_extra",
    ],
    skip: ["div.gmail_signature", "[data-smartmail='gmail_signature']"],
  },
} as const;

export const OUTLOOK = {
  /** The reading pane. */
  readingPane: ["[data-app-section='ConversationContainer']", "[role='main']"],
  /** The conversation row selected in the message list carries the conversation id. */
  selectedRow: "[role='option'][aria-selected='true'][data-convid]",
  /** Subject heading in the reading pane, in order of preference (the bare heading: older layouts). */
  subject: ["[role='heading'][aria-level='2']", "[role='heading']"],
  /** Sent/received time: a test id Outlook keeps for its own tests; full date in the title. */
  date: "[data-testid='SentReceivedSavedTime']",
  /** Fallback: a semantic <time>. */
  dateFallback: "time[datetime]",
  /** Sender address: the persona shows it in a title attribute. */
  senderAddress: "span[title*='@']",
  /** Body of an expanded message. */
  bodyFallback: "[role='document']",
  /**
   * Outlook's reply/forward header, the marker it puts before quoted history, and its signature block
   * (ids are prefixed x_ inside rendered bodies): what follows each is history, so reading stops there.
   */
  trim: {
    cut: ["[id$='divRplyFwdMsg']", "[id$='appendonsend']", "#Signature", "[id$='_Signature']"],
    skip: ["blockquote"],
  },
} as const;

/**
 * Outlook's aria labels follow the user's language. Each entry: the label of a message, of its body, and
 * the prefix of the sender button. Add a language by adding a row.
 */
export const OUTLOOK_LABELS: readonly { lang: string; message: string; body: string; from: string }[] = [
  { lang: "en", message: "Email message", body: "Message body", from: "From:" },
  { lang: "fr", message: "Message électronique", body: "Corps du message", from: "De :" },
  { lang: "de", message: "E-Mail-Nachricht", body: "Nachrichtentext", from: "Von:" },
  { lang: "es", message: "Mensaje de correo electrónico", body: "Cuerpo del mensaje", from: "De:" },
  { lang: "nl", message: "E-mailbericht", body: "Berichttekst", from: "Van:" },
  { lang: "pt", message: "Mensagem de email", body: "Corpo da mensagem", from: "De:" },
  { lang: "it", message: "Messaggio di posta elettronica", body: "Corpo del messaggio", from: "Da:" },
];

const attr = (name: string, values: readonly string[]) =>
  values.map((v) => `[${name}="${v.replace(/"/g, '\\"')}"]`).join(", ");

export const outlookMessageSelector = attr(
  "aria-label",
  OUTLOOK_LABELS.map((l) => l.message),
);
export const outlookBodySelector = attr(
  "aria-label",
  OUTLOOK_LABELS.map((l) => l.body),
);
export const outlookFromSelector = OUTLOOK_LABELS.map(
  (l) => `[aria-label^="${l.from.replace(/"/g, '\\"')}"]`,
).join(", ");
export const OUTLOOK_FROM_PREFIXES = OUTLOOK_LABELS.map((l) => l.from);

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
  /^>/m,
];

/** Signature separators: the standard "-- " line, and the phone sign-offs. */
export const SIGNATURE_MARKERS: readonly RegExp[] = [
  /^-- ?$/m,
  /^Sent from my (iPhone|iPad|Android|phone)/im,
  /^Get Outlook for (iOS|Android)/im,
];
