// What keeps an open mailbox right: a reader re-checks what it kept in the page when the tracked
// applications change (#14 item 9), never files one message's text under another's id while the page
// switches conversations, and its watchdog reports a page it cannot read after 10 s (#13 item 4).
import { describe, expect, it, vi } from "vitest";
import { createWatchdog } from "../../../../src/content/health";
import { outlookReader } from "../../../../src/content/webmail/outlook";
import { createScanner } from "../../../../src/content/webmail/scanner";
import type { EmailTag, WebmailContext, WebmailMessage } from "../../../../src/shared/protocol";
import { fixtures, loadPage } from "./load";

const flush = () => new Promise((r) => setTimeout(r, 0));
const tag = (emailId: string): EmailTag => ({
  emailId,
  category: "outreach",
  confidence: 0.5,
  application: null,
  userCorrected: false,
});

describe("a reader told that tracked applications changed", () => {
  it("asks for its context again and sends the message it had kept in the page", async () => {
    const note = fixtures("gmail").find((p) => p.name.endsWith("company-note-no-job-words.html"));
    if (!note) throw new Error("fixture missing");
    const { document } = loadPage(note.html, note.expected.url);
    let context: WebmailContext = { enabled: true, companies: [], domains: [] };
    const ingest = vi.fn(async (m: WebmailMessage) => tag(`gmail:${m.messageId}`));
    const { gmailReader } = await import("../../../../src/content/webmail/gmail");
    const scanner = createScanner({
      reader: gmailReader,
      doc: document,
      url: () => note.expected.url,
      context: async () => context,
      ingest,
      show: () => {},
    });
    scanner.scan();
    scanner.scan();
    await flush();
    expect(ingest).not.toHaveBeenCalled();

    context = { enabled: true, companies: ["Fabrikam"], domains: [] };
    expect(scanner.recheck()).toBe(1);
    scanner.scan();
    await flush();
    expect(ingest).toHaveBeenCalledTimes(1);
    expect(ingest.mock.calls[0]?.[0]).toMatchObject({ messageId: "18a420d9a3aa4001" });
    expect(scanner.recheck()).toBe(0); // sent, not kept: nothing to look at again
    scanner.scan();
    await flush();
    expect(ingest).toHaveBeenCalledTimes(1);
  });
});

const OUTLOOK_A = "https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAAQAAAAAAA%3D";
const OUTLOOK_B = "https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAAQBBBBBBB%3D";
const card = (from: string, date: string, body: string) =>
  `<div aria-label="Email message"><span aria-label="From: ${from}"><span title="${from.toLowerCase().replace(" ", ".")}@fabrikam.com">${from}</span></span>
   <div data-testid="SentReceivedSavedTime" title="${date}">${date}</div>
   <div aria-label="Message body" role="document"><div>${body}</div></div></div>`;

describe("switching conversations fast", () => {
  it("never sends the old conversation's text under the new conversation's id", async () => {
    const { document } = loadPage(
      `<div id="ConversationReadingPaneContainer"><div role="heading" aria-level="2">Offer</div>
       <div id="list">${card("Dana Whitfield", "Wed 11/5/2025 2:17 PM", "Your offer letter is attached.")}</div></div>`,
      OUTLOOK_A,
    );
    let url = OUTLOOK_A;
    const ingest = vi.fn(async (m: WebmailMessage) => tag(`outlook:${m.messageId}`));
    const scanner = createScanner({
      reader: outlookReader,
      doc: document,
      url: () => url,
      context: async () => ({ enabled: true, companies: [], domains: [] }),
      ingest,
      show: () => {},
    });
    scanner.scan();
    scanner.scan();
    await flush();
    expect(ingest).toHaveBeenCalledTimes(1);
    const first = ingest.mock.calls[0]?.[0];
    expect(first?.messageId.startsWith("AAQkAGI2TG93AAAQAAAAAAA=")).toBe(true);

    url = OUTLOOK_B; // the URL moved; the pane still shows conversation A
    scanner.scan();
    scanner.scan();
    await flush();
    expect(ingest).toHaveBeenCalledTimes(1);

    // The pane re-renders in place with B's message: that one is sent, under B.
    const list = document.getElementById("list");
    if (!list) throw new Error("no list");
    list.querySelector("[role=document] div")!.textContent = "We'd like to schedule your interview.";
    list.querySelector("[data-testid]")!.setAttribute("title", "Thu 11/6/2025 9:00 AM");
    scanner.scan();
    scanner.scan();
    await flush();
    expect(ingest).toHaveBeenCalledTimes(2);
    const second = ingest.mock.calls[1]?.[0];
    expect(second?.messageId.startsWith("AAQkAGI2TG93AAAQBBBBBBB=")).toBe(true);
    expect(second?.body).toBe("We'd like to schedule your interview.");
  });

  it("sends nothing for a message deleted while its body was settling", async () => {
    const { document } = loadPage(
      `<div id="ConversationReadingPaneContainer">${card("Dana Whitfield", "Wed 11/5/2025 2:17 PM", "Interview on Friday?")}</div>`,
      OUTLOOK_A,
    );
    const ingest = vi.fn(async (m: WebmailMessage) => tag(m.messageId));
    const scanner = createScanner({
      reader: outlookReader,
      doc: document,
      url: () => OUTLOOK_A,
      context: async () => ({ enabled: true, companies: [], domains: [] }),
      ingest,
      show: () => {},
    });
    expect(scanner.scan()).toBe(true); // first sight
    document.querySelector("[aria-label='Email message']")?.remove();
    expect(scanner.scan()).toBe(false);
    await flush();
    expect(ingest).not.toHaveBeenCalled();
    expect(scanner.lastRead).toBe(0);
  });
});

describe("health watchdog", () => {
  const setup = (
    state: { open: boolean; readable: boolean },
    url = { href: "https://mail.google.com/#inbox/A" },
  ) => {
    vi.useFakeTimers();
    const report = vi.fn();
    const dog = createWatchdog({
      url: () => url.href,
      check: () => state,
      report,
      setTimer: (run, ms) => setTimeout(run, ms) as unknown as number,
      clearTimer: (id) => clearTimeout(id),
    });
    return { dog, report, url };
  };

  it("reports once when an open conversation stays unreadable for 10 s", () => {
    const state = { open: true, readable: false };
    const { dog, report } = setup(state);
    dog.update(true, false);
    vi.advanceTimersByTime(9_999);
    dog.update(true, false); // more scans: still one timer
    expect(report).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(report).toHaveBeenCalledTimes(1);
    dog.update(true, false);
    vi.advanceTimersByTime(20_000);
    expect(report).toHaveBeenCalledTimes(1); // once per page
    vi.useRealTimers();
  });

  it("says nothing when the message becomes readable in time, or no conversation is open", () => {
    const state = { open: true, readable: false };
    const { dog, report } = setup(state);
    dog.update(true, false);
    vi.advanceTimersByTime(5_000);
    state.readable = true;
    dog.update(true, true);
    vi.advanceTimersByTime(20_000);
    dog.update(false, false);
    vi.advanceTimersByTime(20_000);
    expect(report).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
