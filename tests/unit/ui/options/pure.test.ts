import { describe, expect, it } from "vitest";
import { BOARD_NAMES } from "../../../../src/core/board-names";
import { BOARDS } from "../../../../src/core/posting/boards";
import type { Application, Interview, StoredEmail, TimelineEvent } from "../../../../src/core/types";
import { draftOf, validateDraft } from "../../../../src/ui/options/applications/details-form";
import {
  boardLabel,
  parseDateInput,
  safeHttpUrl,
  toDateInput,
} from "../../../../src/ui/options/applications/format";
import { statusHistory } from "../../../../src/ui/options/applications/StatusPanel";
import { sliceFor } from "../../../../src/ui/options/applications/use-window";
import {
  DELETABLE,
  describeEvent,
  type EventContext,
  roundsOf,
} from "../../../../src/ui/options/timeline/describe";
import { emailHref } from "../../../../src/ui/options/timeline/email-link";

const ev = (e: Partial<TimelineEvent> & Pick<TimelineEvent, "kind">, at = 0): TimelineEvent =>
  ({ id: `e${at}`, applicationId: "a", at, ...e }) as TimelineEvent;

const interview = (id: string, at: number, over: Partial<Interview> = {}): Interview => ({
  id,
  applicationId: "a",
  at,
  kind: "video",
  interviewers: [],
  signals: {},
  createdAt: at,
  updatedAt: at,
  ...over,
});

const mail: StoredEmail = {
  id: "gmail:abc",
  provider: "gmail",
  messageId: "abc/../x?y",
  fromName: "Talent",
  fromAddress: "talent@contoso.example",
  subject: "<script>alert(1)</script>",
  receivedAt: 0,
  category: "rejected",
  confidence: 1,
  evidence: [],
  snippet: "",
  applicationId: "a",
  userCorrected: false,
};

function ctx(interviews: Interview[] = [], emails: StoredEmail[] = []): EventContext {
  return {
    interviews: new Map(interviews.map((i) => [i.id, i])),
    emails: new Map(emails.map((m) => [m.id, m])),
    reminders: new Map(),
    rounds: roundsOf(interviews),
  };
}

describe("timeline wording", () => {
  it("names interviews by kind and round, with the signs seen", () => {
    const ivs = [
      interview("i2", 20, { signals: { "introduced-to-team": true, nope: true } }),
      interview("i1", 10),
    ];
    const view = describeEvent(
      { ...ev({ kind: "interview" }), interviewId: "i2" } as TimelineEvent,
      ctx(ivs),
    );
    expect(view.title).toBe("Video interview (round 2)");
    expect(view.signs).toEqual([{ label: "Introduced to the team", positive: true }]);
  });

  it("gives an email its tag and a fixed https link back to the message", () => {
    const view = describeEvent(
      { ...ev({ kind: "email" }), emailId: "gmail:abc", category: "rejected" } as TimelineEvent,
      ctx([], [mail]),
    );
    expect(view.title).toBe("Email: rejection");
    const pending = describeEvent(
      {
        ...ev({ kind: "email" }),
        emailId: "gmail:abc",
        category: "rejected",
        statusPending: true,
      } as TimelineEvent,
      ctx([], [mail]),
    );
    expect(pending.details).toContain("Status not changed: waiting for your OK");
    expect(view.details[0]).toContain("<script>"); // plain text, rendered as text
    expect(view.link?.href).toBe("https://mail.google.com/mail/u/0/#all/abc%2F..%2Fx%3Fy");
    expect(emailHref({ provider: "outlook", messageId: "AAM=" })).toBe(
      "https://outlook.office.com/mail/deeplink/read/AAM%3D",
    );
    // A conversation read is stored as "<conversation id>.<hash>"; the link opens the conversation.
    expect(emailHref({ provider: "outlook", messageId: "AAQkADk3.f00d" })).toBe(
      "https://outlook.office.com/mail/deeplink/read/AAQkADk3",
    );
  });

  it("lets people delete only what people add", () => {
    expect(DELETABLE.has("note")).toBe(true);
    expect(DELETABLE.has("email")).toBe(false);
    expect(DELETABLE.has("saved")).toBe(false);
  });
});

describe("status history", () => {
  it("keeps each change of status with its reason", () => {
    const h = statusHistory(
      [
        ev({ kind: "saved" }, 1),
        ev({ kind: "applied" }, 2),
        ev({ kind: "note", text: "x" } as Partial<TimelineEvent> & { kind: "note" }, 3),
        ev({ kind: "offer" }, 4),
      ],
      10,
    );
    expect(h.map((d) => d.status)).toEqual(["saved", "applied", "offer"]);
    expect(h[2]?.since).toBe(4);
  });
});

describe("details form", () => {
  const base: Application = {
    id: "a",
    company: "Contoso",
    title: "Baker",
    companyDomains: [],
    status: "saved",
    source: "manual",
    createdAt: 0,
    updatedAt: 0,
    lastActivityAt: 0,
    archived: 0,
  };

  it("turns the form into typed changes", () => {
    const d = {
      ...draftOf(base),
      url: " https://x.example/job ",
      salaryMin: "30,000",
      currency: "eur",
      tags: "a, b, a",
    };
    d.contacts = [
      { name: "Dana", role: "Recruiter", email: "dana@x.example" },
      { name: "", role: "", email: "" },
    ];
    const result = validateDraft(d);
    expect(result).toMatchObject({
      ok: true,
      changes: {
        url: "https://x.example/job",
        salary: { min: 30000, currency: "EUR" },
        tags: ["a", "b"],
        contacts: [{ name: "Dana", role: "Recruiter", email: "dana@x.example" }],
      },
    });
  });

  it("refuses links that are not http(s), bad numbers and bad emails, with a message each", () => {
    const d = {
      ...draftOf(base),
      company: "",
      title: "",
      url: "javascript:alert(1)",
      salaryMin: "9",
      salaryMax: "abc",
    };
    d.contacts = [{ name: "x", role: "", email: "not-an-email" }];
    const result = validateDraft(d);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors).sort()).toEqual(["company", "contact-0", "salaryMax", "url"]);
    expect(validateDraft({ ...draftOf(base), salaryMin: "10", salaryMax: "5" }).ok).toBe(false);
  });
});

describe("helpers", () => {
  it("knows every board's name", () => {
    expect(Object.fromEntries(BOARDS.map((b) => [b.id, b.name]))).toEqual(BOARD_NAMES);
  });

  it("still names a retired board's jobs saved before it was retired", () => {
    expect(boardLabel("worksourcewa")).toBe("WorkSource Washington");
    expect(BOARDS.some((b) => b.id === "worksourcewa")).toBe(false);
  });

  it("allows only http(s) links", () => {
    expect(safeHttpUrl("https://a.example/x")).toBe("https://a.example/x");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,hi")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
  });

  it("reads date inputs as local days", () => {
    const from = parseDateInput("2026-03-29")!;
    const to = parseDateInput("2026-03-29", true)!;
    expect(toDateInput(from)).toBe("2026-03-29");
    expect(toDateInput(to)).toBe("2026-03-29");
    expect(toDateInput(to + 1)).toBe("2026-03-30");
    expect(parseDateInput("")).toBeNull();
  });

  it("windows a long list around the scroll position", () => {
    expect(sliceFor(10_000, 40, 0, 400, 5)).toEqual({ start: 0, end: 15, padTop: 0, padBottom: 9985 * 40 });
    const mid = sliceFor(10_000, 40, 4000, 400, 5);
    expect([mid.start, mid.end]).toEqual([95, 115]);
    expect(sliceFor(3, 40, 0, 400, 5)).toEqual({ start: 0, end: 3, padTop: 0, padBottom: 0 });
  });
});
