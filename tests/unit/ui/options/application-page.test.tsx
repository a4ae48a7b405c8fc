// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Application, TimelineEvent } from "../../../../src/core/types";
import type { ApplicationPageData } from "../../../../src/db/application-page";
import {
  ApplicationPage,
  type ApplicationPageActions,
} from "../../../../src/ui/options/applications/ApplicationPage";
import { mount as mountNode, unmount } from "../mount";

const T = Date.UTC(2026, 2, 2, 10);
const DAY = 86_400_000;

const application: Application = {
  id: "a",
  company: "Contoso",
  title: "Baker",
  url: "javascript:alert(1)",
  companyDomains: [],
  status: "applied",
  source: "manual",
  createdAt: T,
  updatedAt: T,
  lastActivityAt: T,
  archived: 0,
};

const events: TimelineEvent[] = [
  { id: "e1", applicationId: "a", at: T, kind: "saved" },
  { id: "e2", applicationId: "a", at: T + 60_000, kind: "applied" },
  { id: "e3", applicationId: "a", at: T + 2 * DAY, kind: "note", text: "<b>bold</b> claim" },
];

const data: ApplicationPageData = {
  application,
  events,
  interviews: [],
  emails: [],
  reminders: [
    {
      id: "r1",
      applicationId: "a",
      kind: "follow-up",
      title: "Send a polite follow-up",
      dueAt: T + DAY,
      done: 0,
    },
  ],
};

function fakeActions(): ApplicationPageActions {
  return {
    update: vi.fn(async () => {}),
    setStatus: vi.fn(async () => async () => {}),
    addEntry: vi.fn(async () => {}),
    deleteEvent: vi.fn(async () => vi.fn(async () => {})),
    setArchived: vi.fn(async () => {}),
    markReminderDone: vi.fn(async () => {}),
  };
}

let root: HTMLElement;
afterEach(unmount);
function mount(actions: ApplicationPageActions) {
  root = mountNode(<ApplicationPage data={data} actions={actions} now={T + 3 * DAY} timeZone="UTC" />);
}
// Lets the async action and the state updates after it settle.
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => {});
};
const button = (name: string) =>
  [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

describe("ApplicationPage", () => {
  it("the Next card links to the note for its reminder", () => {
    mount(fakeActions());
    const link = root.querySelector<HTMLAnchorElement>(".next-action a")!;
    expect(link.textContent).toBe("Write the follow-up");
    expect(link.getAttribute("href")).toBe("#/application/a/draft/r1");
  });

  it("after the last follow-up it waits a week, then says it has gone quiet", () => {
    const interview = {
      id: "i1",
      applicationId: "a",
      at: T,
      kind: "video" as const,
      interviewers: [],
      signals: {},
    };
    const sent = (kind: "thank-you" | "follow-up" | "second-follow-up", at: number): TimelineEvent => ({
      id: `d-${kind}`,
      applicationId: "a",
      at,
      kind: "followup-done",
      reminderId: `i1:${kind}`,
      reminderKind: kind,
    });
    const done = [
      sent("thank-you", T + DAY),
      sent("follow-up", T + 9 * DAY),
      sent("second-follow-up", T + 16 * DAY),
    ];
    const page = (now: number) =>
      mountNode(
        <ApplicationPage
          data={{
            ...data,
            interviews: [{ ...interview, createdAt: T, updatedAt: T }],
            events: [...events, ...done],
            reminders: [],
          }}
          actions={fakeActions()}
          now={now}
          timeZone="UTC"
        />,
      );
    root = page(T + 18 * DAY);
    expect(root.querySelector(".next-action")?.textContent).toMatch(
      /You sent your last follow-up on .*it has gone quiet\./,
    );
    unmount();
    root = page(T + 24 * DAY);
    expect(root.querySelector(".next-action")?.textContent).toContain(
      "It has gone quiet: no reply since your last follow-up",
    );
  });

  it("puts the next action on top, overdue when it is", () => {
    mount(fakeActions());
    const next = root.querySelector(".next-action")!;
    expect(next.textContent).toContain("Send a polite follow-up");
    expect(next.textContent).toContain("overdue since");
  });

  it("groups the timeline by day, oldest first, untrusted text as text", () => {
    mount(fakeActions());
    const days = [...root.querySelectorAll(".timeline-day")];
    expect(days).toHaveLength(2);
    expect(days[0]?.querySelectorAll(".timeline-item")).toHaveLength(2);
    expect(days[1]?.textContent).toContain("<b>bold</b> claim");
    expect(root.querySelector(".timeline b")).toBeNull();
    act(() => button("Newest first").click());
    expect(root.querySelector(".timeline-day")?.textContent).toContain("Note");
  });

  it("never links a javascript: URL", () => {
    mount(fakeActions());
    expect(
      [...root.querySelectorAll("a")].some((a) => a.getAttribute("href")?.startsWith("javascript")),
    ).toBe(false);
  });

  it("deletes a note and undoes it", async () => {
    const actions = fakeActions();
    mount(actions);
    act(() => root.querySelector<HTMLButtonElement>(".kind-note button")!.click());
    await flush();
    expect(actions.deleteEvent).toHaveBeenCalledWith(events[2]);
    expect(root.querySelector(".toast-region [role=status]")?.textContent).toContain("Deleted “Note”.");
    const restore = await (actions.deleteEvent as ReturnType<typeof vi.fn>).mock.results[0]?.value;
    act(() => button("Undo").click());
    await flush();
    expect(restore).toHaveBeenCalled();
  });

  it("shows the status history and changes the status", async () => {
    const actions = fakeActions();
    mount(actions);
    const history = root.querySelector('[aria-label="Status history"]')!;
    expect([...history.querySelectorAll("li")].map((li) => li.querySelector(".status")?.textContent)).toEqual(
      ["Saved", "Applied"],
    );
    const select = root.querySelector<HTMLSelectElement>(".status-panel select")!;
    act(() => {
      select.value = "withdrawn";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await flush();
    expect(actions.setStatus).toHaveBeenCalledWith("withdrawn");
  });

  it("adds a note by hand and refuses an empty one", async () => {
    const actions = fakeActions();
    mount(actions);
    const form = root.querySelector<HTMLFormElement>("form.add-entry")!;
    act(() => form.requestSubmit());
    await flush();
    expect(form.querySelector("[role=alert]")?.textContent).toBe("Write something first.");
    const text = form.querySelector("textarea")!;
    act(() => {
      text.value = "Called back";
      text.dispatchEvent(new Event("input", { bubbles: true }));
    });
    act(() => form.requestSubmit());
    await flush();
    expect(actions.addEntry).toHaveBeenCalledWith({ kind: "note", text: "Called back" }, expect.any(Number));
  });
});
