// @vitest-environment happy-dom
import type { ComponentChild } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Application } from "../../../src/core/types";
import { PopupApp } from "../../../src/ui/popup/PopupApp";
import type { PopupActions, PopupData } from "../../../src/ui/popup/types";
import { mount as mountNode, unmount } from "./mount";

const app = (over: Partial<Application>): Application => ({
  id: "a1",
  company: "Contoso",
  title: "Baker",
  companyDomains: [],
  status: "applied",
  source: "manual",
  createdAt: 0,
  updatedAt: 0,
  lastActivityAt: 0,
  archived: 0,
  ...over,
});

const actions = (): PopupActions => ({
  addApplication: vi.fn(async (company: string, title: string) => app({ id: "new", company, title })),
  saveJob: vi.fn(),
  search: vi.fn(async () => []),
  interviewsOf: vi.fn(async () => []),
  saveDebrief: vi.fn(),
  markDone: vi.fn(async () => {}),
  snooze: vi.fn(async () => {}),
  applicationHref: (id: string, draftFor?: string) =>
    `#/application/${id}${draftFor ? `/draft/${draftFor}` : ""}`,
  now: () => new Date(2026, 10, 23, 15, 30).getTime(),
});

const data = (over: Partial<PopupData> = {}): PopupData => ({
  suggestion: null,
  recent: { status: "ready", value: [] },
  due: { status: "ready", value: [] },
  ...over,
});

let root: HTMLElement;
afterEach(unmount);

function mount(node: ComponentChild) {
  root = mountNode(node);
}

describe("PopupApp", () => {
  it("leads a first-time user to a first application", () => {
    mount(<PopupApp data={data()} actions={actions()} />);
    expect(root.textContent).toContain("Track your first application");
    expect(root.querySelector("form[aria-label='New application']")).not.toBeNull();
  });

  it("lists recent applications as links to their timeline, with status words", () => {
    const recent = { status: "ready" as const, value: [app({}), app({ id: "a2", status: "offer" })] };
    mount(<PopupApp data={data({ recent })} actions={actions()} />);
    const links = [...root.querySelectorAll("a.app-link")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["#/application/a1", "#/application/a2"]);
    expect(links.map((a) => a.textContent)).toEqual(["Baker · ContosoApplied", "Baker · ContosoOffer"]);
  });

  it("offers the suggested application first and opens its debrief", async () => {
    const suggestion = { kind: "tracked" as const, app: app({}), reason: "The job in your current tab" };
    mount(
      <PopupApp
        data={data({ suggestion, recent: { status: "ready", value: [app({})] } })}
        actions={actions()}
      />,
    );
    expect(root.querySelector("[aria-label='Suggested application']")?.textContent).toContain(
      "Baker · Contoso",
    );
    const button = [...root.querySelectorAll("button")].find(
      (b) => b.textContent === "Debrief this interview",
    );
    await act(() => button?.click());
    expect(root.querySelector("form.debrief")?.getAttribute("aria-label")).toBe("Debrief: Baker · Contoso");
    // "When" defaults to now, in local time.
    expect(root.querySelector<HTMLInputElement>("input[type=datetime-local]")?.value).toBe(
      "2026-11-23T15:30",
    );
  });

  it("renders a hostile company name as text", () => {
    const recent = { status: "ready" as const, value: [app({ company: "<img src=x onerror=alert(1)>" })] };
    mount(<PopupApp data={data({ recent })} actions={actions()} />);
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("says clearly when the database cannot be read", () => {
    mount(
      <PopupApp
        data={data({ recent: { status: "error", error: new Error("QuotaExceededError") } })}
        actions={actions()}
      />,
    );
    expect(root.querySelector("[role=alert]")?.textContent).toContain("Could not read your applications");
  });

  it("shows what is due with Done and Snooze", async () => {
    const a = actions();
    const reminder = {
      id: "r1",
      applicationId: "a1",
      kind: "thank-you" as const,
      title: "Send a thank-you note",
      dueAt: 0,
      done: 0 as const,
    };
    mount(
      <PopupApp
        data={data({
          due: { status: "ready", value: [{ reminder, app: app({}) }] },
          recent: { status: "ready", value: [app({})] },
        })}
        actions={a}
      />,
    );
    expect(root.querySelector("[aria-labelledby='due-heading']")?.textContent).toContain(
      "Send a thank-you note",
    );
    await act(() =>
      root.querySelector<HTMLButtonElement>("button[aria-label='Done: Send a thank-you note']")?.click(),
    );
    expect(a.markDone).toHaveBeenCalledWith("r1");
    const write = root.querySelector<HTMLAnchorElement>("a[aria-label='Write it: Send a thank-you note']");
    expect(write?.getAttribute("href")).toBe("#/application/a1/draft/r1");
  });
});
