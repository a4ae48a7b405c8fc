// Selectors are data, kept together: each field is a fallback chain, tried in order, and each step says
// why it is there (who relies on it: see ../shared/WEBMAIL-DOM.md). Stable attributes first (Gmail's
// data-* ids and decade-old class tokens; Outlook's ids, role, aria-*, data-app-section, data-testid).
// Outlook's hashed class names are never used: they change every few months.

/** One step of a fallback chain. */
export interface Step {
  selector: string;
  why: string;
}
export type Chain = readonly Step[];

export const GMAIL = {
  /** The opened conversation. Messages are looked for inside the first root found. */
  threadRoot: [
    { selector: ".a98.iY", why: "conversation root since Gmail's November 2023 update (InboxSDK)" },
    { selector: ".if", why: "conversation root before November 2023 (InboxSDK, FlowCrypt convoRoot)" },
    { selector: ".PeIF1d", why: "root of the reading pane in split-pane layouts (InboxSDK)" },
    { selector: "[role='main']", why: "the main region, when none of Gmail's root classes is there" },
  ],
  /** One message. Their union is taken, in page order; an element inside another match is dropped. */
  message: [
    {
      selector: "div.adn[data-legacy-message-id]",
      why: "opened message with its hex id (gmail.js, FlowCrypt)",
    },
    {
      selector: "div.adn[data-message-id]",
      why: "a reply just sent has data-message-id but no legacy id until it syncs (InboxSDK)",
    },
    { selector: "[data-message-id]", why: "Mailvelope scans every [data-message-id], whatever its tag" },
    { selector: "div.adn", why: "pages before 2018 carry no id attribute: the body's m<hex> class has it" },
  ],
  /**
   * Elements whose jslog names their message (`4:` + base64 `["#msg-f:<decimal>",…]`): the body
   * container .ii.gt, the star and Reply buttons. The last id step, for a message element without id
   * attributes or m<hex> body class (seen on real pages copied from Gmail 2019–2025).
   */
  idCarrier: "[jslog*='4:']",
  /**
   * List items whose messages are not on screen: .kv collapsed (header and snippet only), .kQ and .kx
   * hidden under "N older messages" (InboxSDK getViewState). Their messages are not read.
   */
  notShown: ".kv, .kQ, .kx",
  /** Thread subject; also carries the thread ids. */
  subject: [
    { selector: "h2.hP", why: "the subject heading (gmail.js, FlowCrypt, ugly-email)" },
    { selector: ".ha h2", why: "InboxSDK's subject selector: the heading inside the subject bar" },
    {
      selector: "h2[data-thread-perm-id], h2[data-legacy-thread-id]",
      why: "the heading holding the thread ids",
    },
  ],
  /** Sender: name and address as attributes. */
  sender: [
    { selector: "span.gD[email]", why: "sender with email and name attributes (gmail.js)" },
    { selector: "td.gF span[email]", why: "InboxSDK getSender: the sender cell of the header" },
    { selector: ".gs span[email]", why: "FlowCrypt getFrom: first address in the message header" },
    {
      selector: "h3.iw [data-hovercard-id*='@']",
      why: "compact layouts: the hovercard id holds the address",
    },
  ],
  /** The date; the full date is in the title attribute. */
  date: [
    { selector: "span.g3[title]", why: "date with the full date in title (gmail.js)" },
    { selector: ".gK .g3", why: "InboxSDK getDateString" },
    { selector: "td.gH span[title], td.gH span[aria-label]", why: "the time cell of older layouts" },
  ],
  /** The rendered body. */
  body: [
    { selector: ".ii.gt > .a3s", why: "body inside its container (Mailvelope, Trocker, InboxSDK)" },
    { selector: "div.a3s", why: "any body element (gmail.js dom.email.body)" },
  ],
  /** A body Gmail has not loaded yet: its container hidden, the body's last class the word "undefined". */
  bodyNotLoaded: ".a3s.undefined, .ii.gt[style*='none'] > .a3s",
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
  /** The reading pane; messages are looked for inside the first found. */
  readingPane: [
    {
      selector: "#ConversationReadingPaneContainer",
      why: "the reading pane's id (better-outlook userstyles)",
    },
    { selector: "[data-app-section='ConversationContainer']", why: "the conversation section (Mailvelope)" },
    { selector: "[data-app-section='MailReadCompose']", why: "the read/compose region (Mailvelope's mock)" },
    { selector: "[role='main']", why: "the main region of older layouts" },
  ],
  /** The conversation row selected in the message list carries the conversation id. */
  selectedRow: [
    { selector: "#MailList [aria-selected='true'][data-convid]", why: "Mailvelope getActiveConversationId" },
    {
      selector: "[role='option'][aria-selected='true'][data-convid]",
      why: "the selected row, list id renamed",
    },
  ],
  /** Subject heading in the reading pane. */
  subject: [
    { selector: "[role='heading'][aria-level='2']", why: "the conversation's subject heading" },
    {
      selector: "[role='heading']",
      why: "any heading of the pane: PreMiD reads #ConversationReadingPaneContainer div[role=heading] (2025)",
    },
  ],
  /**
   * The subject's own text inside the heading, which can hold other controls and icons beside it; the
   * first step with text wins, else the whole heading is read.
   */
  subjectText: [
    {
      selector: "span[title]",
      why: "scripts run on the live pane read the subject from #ConversationReadingPaneContainer span[title]",
    },
    { selector: "span", why: "PreMiD reads #ConversationReadingPaneContainer div[role=heading] span (2025)" },
  ],
  /** Sent/received time, full date in the title. */
  date: [
    { selector: "[data-testid='SentReceivedSavedTime']", why: "a test id Outlook keeps for its own tests" },
    { selector: "time[datetime]", why: "a semantic <time>" },
  ],
  /** Sender address: the persona shows it in a title attribute. */
  senderAddress: "span[title*='@']",
  /**
   * Body of an expanded message, before the localised label (built below). Their union is taken; an
   * element that holds another match is dropped (role=document often wraps UniqueMessageBody_N).
   */
  body: [
    {
      selector: "[id^='UniqueMessageBody']",
      why: "Mailvelope's body selector; an id Outlook has kept since 2019",
    },
    { selector: "[role='document']", why: "the document role of the rendered body" },
  ],
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

const quote = (v: string) => v.replace(/"/g, '\\"');
const attr = (name: string, values: readonly string[]) =>
  values.map((v) => `[${name}="${quote(v)}"]`).join(", ");

export const outlookMessageSelector = attr(
  "aria-label",
  OUTLOOK_LABELS.map((l) => l.message),
);
export const outlookBodySelector = attr(
  "aria-label",
  OUTLOOK_LABELS.map((l) => l.body),
);
export const outlookFromSelector = OUTLOOK_LABELS.map((l) => `[aria-label^="${quote(l.from)}"]`).join(", ");
export const OUTLOOK_FROM_PREFIXES = OUTLOOK_LABELS.map((l) => l.from);

/** Outlook's body chain with the localised "Message body" label in the middle. */
export const OUTLOOK_BODY: Chain = [
  OUTLOOK.body[0],
  { selector: outlookBodySelector, why: "the localised 'Message body' label (OUTLOOK_LABELS)" },
  OUTLOOK.body[1],
];
