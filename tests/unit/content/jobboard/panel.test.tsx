// @vitest-environment happy-dom
// The panel's view with fake actions: collapsed launcher, editable job, save and "I applied", the
// tracked state, Escape, and a debrief logged for the job.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { PanelActions } from "../../../../src/content/jobboard/actions";
import { Panel } from "../../../../src/content/jobboard/PanelView";
import type { PageJob, TrackedJob } from "../../../../src/shared/protocol";

let root: HTMLElement;
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
afterEach(() => {
  render(null, root);
  root.remove();
});

const JOB: PageJob = {
  url: "https://jobs.lever.co/acme/1",
  posting: {
    board: "lever",
    postingId: "1",
    title: "Baker",
    company: "Acme",
    locations: ["Leeds"],
    sources: {},
  },
};
const tracked = (status: TrackedJob["status"]): TrackedJob => ({
  applicationId: "a1",
  status,
  company: "Acme",
  title: "Baker",
  timelineUrl: "chrome-extension://x/options/options.html#/application/a1",
  lastEvent: { kind: status === "applied" ? "applied" : "saved", at: Date.UTC(2026, 0, 5), text: "Applied" },
});

function fakeActions(found: TrackedJob | null = null): PanelActions {
  return {
    lookup: vi.fn(async () => found),
    save: vi.fn(async (_job: PageJob, applied: boolean) => tracked(applied ? "applied" : "saved")),
    markApplied: vi.fn(async () => tracked("applied")),
    saveDebrief: vi.fn(async () => {
      throw new Error("not in this test");
    }),
    openTimeline: vi.fn(),
    hideOnSite: vi.fn(async () => {}),
    now: () => Date.UTC(2026, 0, 6),
  };
}

async function mount(actions: PanelActions, job = JOB) {
  root = document.createElement("div");
  document.body.append(root);
  let expanded = false;
  const draw = () =>
    render(
      <Panel
        job={job}
        expanded={expanded}
        onExpandedChange={(next) => {
          expanded = next;
          draw();
        }}
        actions={actions}
      />,
      root,
    );
  act(draw);
  await settle();
  return {
    redraw(next: PageJob) {
      job = next;
      act(draw);
    },
  };
}

const button = (name: string) =>
  [...root.querySelectorAll("button")].find(
    (b) => (b.getAttribute("aria-label") ?? b.textContent)?.trim() === name,
  );
const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
const click = async (el: Element | undefined) => {
  expect(el).toBeTruthy();
  act(() => (el as HTMLElement).click());
  await settle();
};

describe("job-board panel", () => {
  it("starts collapsed, expands to the job, and saves it with the user's corrections", async () => {
    const actions = fakeActions();
    await mount(actions);
    expect(root.querySelector("section")?.getAttribute("aria-label")).toBe("Debrief");
    const launcher = button("Save job to Debrief")!;
    expect(launcher.getAttribute("aria-expanded")).toBe("false");
    expect(root.querySelector<HTMLElement>("#debrief-body")!.hidden).toBe(true);

    await click(launcher);
    expect(root.querySelector<HTMLElement>("#debrief-body")!.hidden).toBe(false);
    expect(input("debrief-title").value).toBe("Baker");
    act(() => {
      input("debrief-title").value = "Head Baker";
      input("debrief-title").dispatchEvent(new Event("input", { bubbles: true }));
    });
    await click(button("Save job"));
    expect(actions.save).toHaveBeenCalledWith(
      expect.objectContaining({ posting: expect.objectContaining({ title: "Head Baker", company: "Acme" }) }),
      false,
    );
    expect(root.querySelector('[role="status"]')?.textContent).toBe("Saved to Debrief · Saved");
    expect(root.querySelector(".tracked")?.textContent).toBe("Tracked · Saved");
  });

  it("shows a tracked job's status, last event and timeline, and records 'I applied'", async () => {
    const actions = fakeActions(tracked("saved"));
    await mount(actions);
    expect(button("Debrief: Tracked · Saved")).toBeTruthy();
    await click(button("Debrief: Tracked · Saved"));
    expect(root.textContent).toContain("Last: Applied");
    const link = root.querySelector("a")!;
    await click(link);
    expect(actions.openTimeline).toHaveBeenCalledWith("a1");
    await click(button("I applied"));
    expect(actions.markApplied).toHaveBeenCalledWith("a1");
    expect(root.querySelector(".tracked")?.textContent).toBe("Tracked · Applied");
    expect(button("I applied")).toBeUndefined(); // once is enough
  });

  it("collapses on Escape", async () => {
    await mount(fakeActions());
    await click(button("Save job to Debrief"));
    act(() => {
      input("debrief-title").dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    });
    await settle();
    expect(root.querySelector<HTMLElement>("#debrief-body")!.hidden).toBe(true);
    expect(button("Save job to Debrief")!.hidden).toBe(false);
  });

  it("forgets edits and looks up again when the page shows another posting", async () => {
    const actions = fakeActions();
    const { redraw } = await mount(actions);
    await click(button("Save job to Debrief"));
    act(() => {
      input("debrief-company").value = "Edited";
      input("debrief-company").dispatchEvent(new Event("input", { bubbles: true }));
    });
    redraw({ ...JOB, posting: { ...JOB.posting, postingId: "2", title: "Cook", company: "Bistro" } });
    await settle();
    expect(input("debrief-title").value).toBe("Cook");
    expect(input("debrief-company").value).toBe("Bistro");
    expect(actions.lookup).toHaveBeenCalledTimes(2);
  });

  it("saves first, then opens the debrief form for this job; errors show in an alert", async () => {
    const actions = fakeActions();
    await mount(actions);
    await click(button("Save job to Debrief"));
    await click(button("Log signals"));
    expect(actions.save).toHaveBeenCalledOnce();
    expect(root.querySelector("form.debrief")?.getAttribute("aria-label")).toBe("Debrief: Baker · Acme");
    await click(button("Save debrief"));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe("not in this test");
  });

  it("hides itself on this site when asked", async () => {
    const actions = fakeActions();
    await mount(actions);
    await click(button("Save job to Debrief"));
    await click(button("Hide on this site"));
    expect(actions.hideOnSite).toHaveBeenCalledOnce();
  });
});
