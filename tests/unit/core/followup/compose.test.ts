// Compose links: what each mail target receives (decoded back the way the target reads it), safe cuts of
// long notes, and untrusted text that stays text.
import { describe, expect, it } from "vitest";
import {
  applicationRecipient,
  composeLink,
  cutToFit,
  parseAddresses,
  recipientsFor,
  URL_LIMITS,
} from "../../../../src/core/followup/drafts";

const draft = {
  to: ["ana@contoso.com"],
  subject: "Thank you – Data Analyst & more?",
  body: "Hi Ana,\n\nThank you for 100% of it.\n\nSam",
};

const params = (url: string) => new URL(url).searchParams;

describe("compose links", () => {
  it("Gmail gets to, su and body", () => {
    const link = composeLink("gmail", draft);
    expect(link.url.startsWith("https://mail.google.com/mail/?view=cm&fs=1&to=")).toBe(true);
    const p = params(link.url);
    expect([p.get("view"), p.get("fs"), p.get("to"), p.get("su"), p.get("body")]).toEqual([
      "cm",
      "1",
      "ana@contoso.com",
      draft.subject,
      draft.body,
    ]);
    expect(link.cut).toBe(false);
  });

  it("Outlook on the web gets to, subject and body", () => {
    const link = composeLink("outlook", draft);
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe("https://outlook.office.com/mail/deeplink/compose");
    expect([
      url.searchParams.get("to"),
      url.searchParams.get("subject"),
      url.searchParams.get("body"),
    ]).toEqual(["ana@contoso.com", draft.subject, draft.body]);
  });

  it("mailto: has the address as its path and CRLF line breaks (RFC 6068)", () => {
    const link = composeLink("mailto", { ...draft, to: ["ana@contoso.com", "ben@contoso.com"] });
    expect(link.url.startsWith("mailto:ana@contoso.com%2Cben@contoso.com?subject=")).toBe(true);
    expect(link.url).toContain("%0D%0A%0D%0AThank%20you");
    const body = decodeURIComponent(link.url.split("&body=")[1] ?? "");
    expect(body).toBe(draft.body.replace(/\n/g, "\r\n"));
  });

  it("drops an address that would smuggle parameters", () => {
    for (const target of ["gmail", "outlook", "mailto"] as const) {
      const link = composeLink(target, { ...draft, to: ["x@y.com?bcc=evil@z.com", "a@b.co&body=hi"] });
      expect(link.url).not.toMatch(/evil|hi$/);
      expect(link.url).not.toContain("bcc");
    }
  });

  it("markup and javascript: stay text in every target", () => {
    const hostile = {
      to: ["ana@contoso.com"],
      subject: "<script>alert(1)</script>",
      body: 'See javascript:alert(1) and <a href="javascript:alert(2)">this</a> & "quotes" #frag ?q=1',
    };
    for (const target of ["gmail", "outlook", "mailto"] as const) {
      const link = composeLink(target, hostile);
      expect(link.url.startsWith(target === "mailto" ? "mailto:" : "https://")).toBe(true);
      expect(link.url).not.toMatch(/[<>"\s]/);
      const tail = link.url.slice(link.url.indexOf("?") + 1);
      const got = Object.fromEntries(tail.split("&").map((kv) => kv.split("=").map(decodeURIComponent)));
      expect(got[target === "gmail" ? "su" : "subject"]).toBe(hostile.subject);
      expect(got.body).toBe(hostile.body);
    }
  });

  it("cuts a long note at a word boundary to fit each target, never inside an escape", () => {
    const words = Array.from({ length: 1200 }, (_, i) => (i % 7 === 0 ? "café😀" : `word${i}`));
    const body = `Hi Ana,\n\n${words.join(" ")}`;
    for (const target of ["gmail", "outlook", "mailto"] as const) {
      const link = composeLink(target, { ...draft, body });
      expect(link.cut).toBe(true);
      expect(link.url.length).toBeLessThanOrEqual(URL_LIMITS[target]);
      const sent = decodeURIComponent(link.url.split("&body=")[1] ?? "").replace(/\r\n/g, "\n");
      expect(body.startsWith(sent)).toBe(true);
      expect(body[sent.length]).toMatch(/\s/);
      expect(sent.length).toBe(link.bodyChars);
      expect(sent.length).toBeGreaterThan(target === "gmail" ? 2000 : 300);
    }
  });

  it("never splits a surrogate pair, and repairs a lone one instead of throwing", () => {
    const cut = cutToFit("😀😀😀", 25, encodeURIComponent);
    expect(cut).toEqual({ text: "😀😀", cut: true });
    const link = composeLink("gmail", { ...draft, body: "a\uD800b" });
    expect(params(link.url).get("body")).toBe("a\uFFFDb");
  });
});

describe("recipients", () => {
  const contacts = [
    { name: "Ben Okafor", role: "Recruiter", email: "ben@contoso.com" },
    { name: "Ana Lopez", email: " ana@contoso.com " },
    { name: "Bad", email: "not an address" },
  ];
  const emails = [
    { fromAddress: "no-reply@greenhouse.io", fromName: "Greenhouse", receivedAt: 30 },
    { fromAddress: "talent@fabrikam.com", fromName: "Talent", receivedAt: 20 },
    { fromAddress: "old@fabrikam.com", fromName: "Old", receivedAt: 10 },
  ];

  it("matches interviewers to contacts by name", () => {
    expect(recipientsFor(["ana lopez"], { contacts }).map((r) => r.address)).toEqual(["ana@contoso.com"]);
    expect(recipientsFor(["Ana Lopez", "Ben Okafor"], { contacts }).map((r) => r.address)).toEqual([
      "ana@contoso.com",
      "ben@contoso.com",
    ]);
  });

  it("falls back to a contact, then to the last person who wrote (not a no-reply box)", () => {
    expect(recipientsFor(["Cy"], { contacts })).toEqual([{ address: "ben@contoso.com", source: "contact" }]);
    expect(applicationRecipient({ contacts: [], emails })).toEqual({
      address: "talent@fabrikam.com",
      source: "email",
    });
    expect(recipientsFor([], {})).toEqual([]);
    const viaAts = [
      { fromAddress: "jobs@company.greenhouse.io", fromName: "ATS", receivedAt: 40 },
      ...emails,
    ];
    expect(applicationRecipient({ emails: viaAts, companyDomains: ["fabrikam.com"] })?.address).toBe(
      "talent@fabrikam.com",
    );
    expect(applicationRecipient({ emails: viaAts })?.address).toBe("jobs@company.greenhouse.io");
  });

  it("parses what the user types, reporting bad addresses", () => {
    expect(parseAddresses("ana@contoso.com; <ben@contoso.com>, nope")).toEqual({
      valid: ["ana@contoso.com", "ben@contoso.com"],
      invalid: ["nope"],
    });
  });
});
