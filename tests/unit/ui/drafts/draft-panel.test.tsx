// @vitest-environment happy-dom
// The note editor: fields from the debrief shown and editable, the text following the edits, Copy and
// "I sent it" wired to their actions, an error said plainly, a note too long for a link said so.
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_TEMPLATES } from "../../../../src/core/followup/drafts";
import type { Application, Interview, Reminder } from "../../../../src/core/types";
import { type DraftActions, DraftPanel } from "../../../../src/ui/options/drafts/DraftPanel";
import type { DraftData } from "../../../../src/ui/options/drafts/draft-state";
import { button, click, mount, unmount } from "../mount";

vi.mock("../../../../src/shared/browser", () => ({ browser: {} }));
afterEach(unmount);

const AT = Date.UTC(2026, 2, 3, 15);
const application: Application = {
  id: "a1",
  company: "Contoso Health",
  title: "Data Analyst",
  companyDomains: [],
  status: "interviewing",
  source: "manual",
  createdAt: AT,
  updatedAt: AT,
  lastActivityAt: AT,
  archived: 0,
};
const interview: Interview = {
  id: "iv1",
  applicationId: "a1",
  at: AT,
  kind: "phone",
  interviewers: ["Ana Lopez"],
  signals: {},
  createdAt: AT,
  updatedAt: AT,
};
const reminder = (kind: Reminder["kind"]): Reminder => ({
  id: `iv1:${kind}`,
  applicationId: "a1",
  interviewId: "iv1",
  kind,
  title: "Send it",
  dueAt: AT,
  done: 0,
});
const data = (over: Partial<DraftData> = {}): DraftData => ({
  reminder: reminder("thank-you"),
  application,
  interview,
  emails: [{ ...email, fromAddress: "talent@contoso.com" }],
  templates: DEFAULT_TEMPLATES,
  tone: "neutral",
  senderName: "",
  timeZone: "America/New_York",
  ...over,
});
const email = {
  id: "m1",
  provider: "gmail" as const,
  messageId: "m1",
  fromName: "Talent",
  fromAddress: "",
  subject: "Interview",
  receivedAt: AT - 1000,
  category: "interview" as const,
  confidence: 1,
  evidence: [],
  snippet: "",
  applicationId: "a1",
  userCorrected: false,
};
const actions = (over: Partial<DraftActions> = {}): DraftActions => ({
  markSent: vi.fn(async () => {}),
  undoSent: vi.fn(async () => {}),
  copy: vi.fn(async () => {}),
  saveSenderName: vi.fn(),
  ...over,
});
const text = (root: HTMLElement) => root.querySelector(".draft-body")?.textContent ?? "";
async function fill(root: HTMLElement, id: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("DraftPanel", () => {
  it("shows each field the template uses, and the text follows an edit", async () => {
    const root = mount(<DraftPanel data={data()} actions={actions()} />);
    const labels = [...root.querySelectorAll(".draft-fields label")].map((l) => l.textContent);
    expect(labels).toEqual([
      "Position",
      "Interview",
      "Interview date",
      "Something you discussed",
      "Thanks for",
      "Your name",
    ]);
    expect(root.querySelector("#draft-field-topic-hint")?.textContent).toMatch(
      /^Empty: the line that uses it is left out/,
    );
    expect(text(root)).toContain("Dear Ana Lopez,");
    expect(text(root)).not.toContain("discuss");
    await fill(root, "draft-field-topic", "the claims backlog");
    expect(text(root)).toContain("I appreciated the chance to discuss the claims backlog.");
    expect(root.querySelector<HTMLInputElement>("#note-0-to")?.value).toBe("talent@contoso.com");
  });

  it("Copy copies the note's text; I sent it marks it sent", async () => {
    const a = actions();
    const root = mount(<DraftPanel data={data()} actions={a} />);
    await click(button(root, "Copy"));
    expect(a.copy).toHaveBeenCalledWith(text(root));
    expect(root.textContent).toContain("Copied the note.");
    await click(button(root, "I sent it"));
    expect(a.markSent).toHaveBeenCalled();
  });

  it("says so when saving fails, and when the reminder was already sent offers Undo", async () => {
    const a = actions({ markSent: vi.fn(async () => Promise.reject(new Error("disk full"))) });
    const root = mount(<DraftPanel data={data()} actions={a} />);
    await click(button(root, "I sent it"));
    expect(root.querySelector("[role=alert]")?.textContent).toBe("Could not save that: disk full");
    unmount();
    const sent = mount(
      <DraftPanel
        data={data({ reminder: { ...reminder("thank-you"), done: 1 } })}
        actions={a}
        next={reminder("follow-up")}
      />,
    );
    expect(sent.textContent).toContain("Marked as sent. Next: Send it");
    await click(button(sent, "Undo"));
    expect(a.undoSent).toHaveBeenCalled();
  });

  it("says when a note is too long for a link, and that Copy gives it all", async () => {
    const root = mount(<DraftPanel data={data()} actions={actions()} />);
    await fill(root, "draft-field-topic", "the backlog ".repeat(150).trim());
    expect(root.textContent).toMatch(
      /Too long for Outlook's link: it opens with the first \d+ of \d+ characters/,
    );
    expect(root.textContent).not.toContain("Too long for Gmail's link");
  });

  it("a custom reminder has no note to write", () => {
    const root = mount(<DraftPanel data={data({ reminder: reminder("custom") })} actions={actions()} />);
    expect(root.textContent).toContain("This reminder has no note to write.");
  });
});
