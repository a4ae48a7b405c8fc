// Every webmail reader against its recorded pages: the reader's output must equal the .expected.json
// beside each page, and every reader has each layout (single, collapsed thread, reply with history).
import { describe, expect, it } from "vitest";
import { gmailReader } from "../../../../src/content/webmail/gmail";
import { looksJobRelated } from "../../../../src/content/webmail/prefilter";
import { READERS, readerFor } from "../../../../src/content/webmail/readers";
import { toWire } from "../../../../src/content/webmail/scanner";
import { fixtures, loadPage } from "./load";

const pad = (n: number) => String(n).padStart(2, "0");
/** Wall-clock time: the page shows local time, the expected files were written in UTC. */
const local = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const utc = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe.each(READERS.map((r) => r.provider))("%s reader", (provider) => {
  const pages = fixtures(provider);

  it("has recorded pages for every layout", () => {
    const names = pages.map((p) => p.name).join(" ");
    expect(names).toMatch(/single/);
    expect(names).toMatch(/thread-collapsed/);
    expect(names).toMatch(/reply-quoting-history/);
  });

  it.each(pages.map((p) => [p.name, p] as const))("reads %s", (_name, page) => {
    const { document } = loadPage(page.html, page.expected.url);
    const reader = readerFor(new URL(page.expected.url).hostname);
    expect(reader?.provider).toBe(provider);
    const messages = reader?.read(document, page.expected.url) ?? [];
    const wire = messages.map((m) => {
      const { receivedAt, ...rest } = toWire(m);
      return { ...rest, ...(receivedAt !== undefined ? { at: local(receivedAt) } : {}) };
    });
    const expected = page.expected.messages.map(({ receivedAt, ...rest }) => ({
      ...rest,
      ...(typeof receivedAt === "number" ? { at: utc(receivedAt) } : {}),
    }));
    expect(wire).toEqual(expected);
    expect(messages.map((m) => looksJobRelated(m, { companies: [], domains: [] }))).toEqual(
      page.expected.jobRelated,
    );
    for (const m of messages) {
      expect(m.body.length).toBeLessThanOrEqual(4000);
      expect(reader?.subjectAnchor(document, m)?.textContent?.trim()).toBe(m.subject);
    }
  });
});

describe("readers", () => {
  it("cover Gmail and the three Outlook hosts, nothing else", () => {
    expect(READERS.flatMap((r) => r.hosts).sort()).toEqual([
      "mail.google.com",
      "outlook.live.com",
      "outlook.office.com",
      "outlook.office365.com",
    ]);
    expect(readerFor("evil.example")).toBeUndefined();
  });

  it("reads nothing from a Gmail inbox list (no message opened)", () => {
    const { document } = loadPage(
      `<div role="main"><table><tr class="zA"><td><span class="bog">Interview</span></td></tr></table></div>`,
      "https://mail.google.com/mail/u/0/#inbox",
    );
    expect(gmailReader.read(document, "https://mail.google.com/mail/u/0/#inbox")).toEqual([]);
  });

  it("skips a Gmail message whose body has not loaded yet", () => {
    const url = "https://mail.google.com/mail/u/0/#inbox/x";
    const { document } = loadPage(
      `<h2 class="hP">Hi</h2><div class="adn ads" data-legacy-message-id="abc"><span class="gD" email="a@b.c">A</span></div>`,
      url,
    );
    expect(gmailReader.read(document, url)).toEqual([]);
  });

  it("lets a tracked company's name or domain through the prefilter, in any language", () => {
    const page = fixtures("outlook").find((p) => p.name.includes("-fr"));
    if (!page) throw new Error("French fixture missing");
    const { document } = loadPage(page.html, page.expected.url);
    const [msg] = readerFor("outlook.office365.com")?.read(document, page.expected.url) ?? [];
    if (!msg) throw new Error("nothing read");
    // French application wording ("Candidature") passes on its own (#12.6); a French note with no job
    // words needs the tracked company's domain or name.
    expect(looksJobRelated(msg, { companies: [], domains: [] })).toBe(true);
    const note = { ...msg, subject: "RE: Samedi", body: "Merci pour le dîner, à bientôt !" };
    expect(looksJobRelated(note, { companies: [], domains: [] })).toBe(false);
    expect(looksJobRelated(note, { companies: [], domains: ["litware.fr"] })).toBe(true);
    const named = { ...note, fromAddress: "camille@gmail.com", body: "Litware vous remercie." };
    expect(looksJobRelated(named, { companies: ["Litware SA"], domains: [] })).toBe(true);
    expect(looksJobRelated(named, { companies: ["Fabrikam"], domains: [] })).toBe(false);
    expect(looksJobRelated(named, { companies: ["Lit"], domains: ["ware.fr"] })).toBe(false);
  });
});
