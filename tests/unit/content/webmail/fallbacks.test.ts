// The readers' fallback chains on pages written here for one case each: Gmail's two id forms, Outlook
// in the seven languages of OUTLOOK_LABELS, and message keys that hold across reloads and new replies.
import { describe, expect, it } from "vitest";
import { canonicalId, gmailReader } from "../../../../src/content/webmail/gmail";
import { jslogMessageId } from "../../../../src/content/webmail/gmail-id";
import { outlookReader } from "../../../../src/content/webmail/outlook";
import { OUTLOOK_LABELS } from "../../../../src/content/webmail/selectors";
import { loadPage } from "./load";

const GMAIL_URL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqbVXnWpLkMrTsQzHvBnJdLgk";
const OUTLOOK_URL = "https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAAQAAAcvH1%3D";

const gmailPage = (attrs: string) =>
  `<div class="a98 iY"><h2 class="hP">Next steps</h2><div role="list"><div class="h7" role="listitem">
   <div class="adn ads" ${attrs}><span class="gD" email="hr@fabrikam.com" name="Fabrikam HR">Fabrikam HR</span>
   <div class="ii gt"><div class="a3s aiL">Please pick an interview slot.</div></div></div></div></div></div>`;

describe("Gmail message ids", () => {
  it("gives a reply the same id before it syncs (msg-f decimal only) and after (legacy hex)", () => {
    const before = loadPage(gmailPage('data-message-id="#msg-f:1775568780109575075"'), GMAIL_URL).document;
    const after = loadPage(
      gmailPage('data-message-id="#msg-f:1775568780109575075" data-legacy-message-id="18a41665ecb473a3"'),
      GMAIL_URL,
    ).document;
    const [a] = gmailReader.read(before, GMAIL_URL);
    const [b] = gmailReader.read(after, GMAIL_URL);
    expect(a?.messageId).toBe("18a41665ecb473a3");
    expect(b?.messageId).toBe(a?.messageId);
  });

  it("keeps ids it cannot convert as they are, without the #", () => {
    expect(canonicalId("#msg-a:r-4415066272912233011")).toBe("msg-a:r-4415066272912233011");
    expect(canonicalId("18A41665ECB473A3")).toBe("18a41665ecb473a3");
  });

  it("takes the id from jslog when the message element has no id attributes", () => {
    // Field 4 of a jslog is base64 JSON: ["#msg-f:1775568780109575075",null,[]] (Gmail pads with ".").
    const field = btoa('["#msg-f:1775568780109575075",null,[]]').replace(/=/g, ".");
    const page = gmailPage("").replace(
      'class="ii gt"',
      `class="ii gt" jslog="20277; u014N:xr6bB; 4:${field}"`,
    );
    const [m] = gmailReader.read(loadPage(page, GMAIL_URL).document, GMAIL_URL);
    expect(m?.messageId).toBe("18a41665ecb473a3");
  });

  it("reads no id from a jslog without one, and drops a message with no id at all", () => {
    expect(jslogMessageId("20277; u014N:xr6bB; 4:W251bGwsbnVsbCxbXV0.")).toBe(""); // [null,null,[]]
    expect(jslogMessageId("20277; u014N:xr6bB; 4:!!not-base64")).toBe("");
    expect(jslogMessageId("20511; u014N:cOuCgd,Kr2w4b;")).toBe("");
    const page = gmailPage("").replace(
      'class="ii gt"',
      'class="ii gt" jslog="20277; 4:W251bGwsbnVsbCxbXV0."',
    );
    expect(gmailReader.read(loadPage(page, GMAIL_URL).document, GMAIL_URL)).toEqual([]);
  });

  it("says a conversation is open only when the hash ends in a thread id", () => {
    expect(gmailReader.conversationOpen(loadPage("", GMAIL_URL).document, GMAIL_URL)).toBe(true);
    const inbox = "https://mail.google.com/mail/u/0/#inbox";
    expect(gmailReader.conversationOpen(loadPage("", inbox).document, inbox)).toBe(false);
  });
});

/** Local date text as each language's Outlook shows it (all-number dates are day first outside en-US). */
const DATE: Record<string, string> = {
  en: "Wed 11/5/2025 2:17 PM",
  fr: "mer. 05/11/2025 14:17",
  de: "Mi 05.11.2025 14:17",
  es: "mié 05/11/2025 14:17",
  nl: "wo 5-11-2025 14:17",
  pt: "qua 05/11/2025 14:17",
  it: "mer 05/11/2025 14:17",
};

function outlookPage(l: (typeof OUTLOOK_LABELS)[number], messages: { from: string; date: string }[]) {
  const items = messages
    .map(
      (m, i) => `<div aria-label="${l.message}" role="listitem" aria-expanded="true">
        <span role="button" aria-label="${l.from} ${m.from}"><span>${m.from}</span>
          <span title="${m.from.toLowerCase().replace(/\W+/g, ".")}@fabrikam.com"></span></span>
        <div data-testid="SentReceivedSavedTime" title="${m.date}">${m.date}</div>
        <div role="document" aria-label="${l.body}"><div>Message ${i} about the interview.</div></div>
      </div>`,
    )
    .join("");
  return `<html lang="${l.lang}"><body><div id="ConversationReadingPaneContainer">
    <div role="heading" aria-level="2">Entretien / Interview</div><div role="list">${items}</div></div></body></html>`;
}

describe("Outlook in the seven languages of OUTLOOK_LABELS", () => {
  it.each(OUTLOOK_LABELS.map((l) => [l.lang, l] as const))(
    "reads sender, subject and date in %s",
    (lang, l) => {
      const { document } = loadPage(
        outlookPage(l, [{ from: "Dana Whitfield", date: DATE[lang] ?? "" }]),
        OUTLOOK_URL,
      );
      const [m] = outlookReader.read(document, OUTLOOK_URL);
      expect(m).toMatchObject({
        fromName: "Dana Whitfield",
        fromAddress: "dana.whitfield@fabrikam.com",
        subject: "Entretien / Interview",
        date: DATE[lang],
        body: "Message 0 about the interview.",
      });
      const d = new Date(m?.receivedAt ?? 0);
      expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]).toEqual([
        2025, 11, 5, 14, 17,
      ]);
    },
  );
});

describe("Outlook subject", () => {
  const en = OUTLOOK_LABELS[0]!;
  const withHeading = (heading: string) =>
    outlookPage(en, [{ from: "Dana Whitfield", date: DATE.en ?? "" }]).replace(
      '<div role="heading" aria-level="2">Entretien / Interview</div>',
      heading,
    );
  const subjectOf = (html: string) =>
    outlookReader.read(loadPage(html, OUTLOOK_URL).document, OUTLOOK_URL)[0]?.subject;

  it("reads the subject's span, not the controls beside it in the heading", () => {
    const html = withHeading(
      `<div role="heading" aria-level="2"><span title="Next steps">Next steps</span><button>Summarize</button></div>`,
    );
    expect(subjectOf(html)).toBe("Next steps");
  });

  it("prefers the titled span over an icon's span before it", () => {
    const html = withHeading(
      `<div role="heading" aria-level="2"><span aria-hidden="true">!</span><span title="Offer letter">Offer letter</span></div>`,
    );
    expect(subjectOf(html)).toBe("Offer letter");
  });

  it("reads a heading of any level, and a heading with no span as a whole", () => {
    expect(
      subjectOf(withHeading(`<span role="heading" aria-level="3"><span>Offer letter</span></span>`)),
    ).toBe("Offer letter");
    expect(subjectOf(withHeading(`<div role="heading">Offer letter</div>`))).toBe("Offer letter");
  });
});

describe("Outlook message keys", () => {
  const en = OUTLOOK_LABELS[0]!;
  const thread = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      from: `Person ${i}`,
      date: `Wed 11/5/2025 ${(i % 12) + 1}:${String(i % 60).padStart(2, "0")} PM`,
    }));

  it("keys 200 expanded messages apart, the same after a reload and after a new reply arrives on top", () => {
    const messages = thread(200);
    const read = (list: typeof messages) =>
      outlookReader
        .read(loadPage(outlookPage(en, list), OUTLOOK_URL).document, OUTLOOK_URL)
        .map((m) => m.messageId);
    const first = read(messages);
    expect(new Set(first).size).toBe(200);
    expect(read(messages)).toEqual(first);
    const withReply = read([{ from: "New Sender", date: "Thu 11/6/2025 9:00 AM" }, ...messages]);
    expect(withReply).toHaveLength(201);
    expect(withReply.filter((id) => first.includes(id))).toHaveLength(200);
  });

  it("reads nothing when no conversation id is on the page or in the URL", () => {
    const url = "https://outlook.office.com/mail/inbox";
    const { document } = loadPage(outlookPage(en, thread(1)), url);
    expect(outlookReader.read(document, url)).toEqual([]);
    expect(outlookReader.conversationOpen(document, url)).toBe(false);
  });
});
