// @vitest-environment happy-dom
import type { ComponentChild } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Application } from "../../../../src/core/types";
import { toRow } from "../../../../src/db/queries";
import {
  type ApplicationsActions,
  ApplicationsScreen,
} from "../../../../src/ui/options/applications/ApplicationsScreen";
import { mount as mountNode, unmount } from "../mount";

const app = (id: string, over: Partial<Application> = {}): Application => ({
  id,
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

const rows = [
  app("a", { company: "Acme", title: "Chef" }),
  app("b", { company: "<img src=x onerror=alert(1)>", title: "Nurse", status: "offer" }),
].map(toRow);

function fakeActions(over: Partial<ApplicationsActions> = {}): ApplicationsActions {
  return {
    setArchived: vi.fn(async (ids: string[]) => ids),
    moveTo: vi.fn(async () => async () => {}),
    href: (id) => `#/application/${id}`,
    ...over,
  };
}

let root: HTMLElement;
afterEach(unmount);
function mount(node: ComponentChild) {
  root = mountNode(node);
}
// Lets the async action and the state updates after it settle.
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => {});
};
const button = (name: string) =>
  [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

describe("ApplicationsScreen", () => {
  it("welcomes a first-time user", () => {
    mount(<ApplicationsScreen rows={{ status: "ready", value: [] }} actions={fakeActions()} />);
    expect(root.textContent).toContain("No applications yet");
    expect(root.querySelector("table")).toBeNull();
  });

  it("says clearly when the database cannot be read", () => {
    mount(
      <ApplicationsScreen rows={{ status: "error", error: new Error("Quota") }} actions={fakeActions()} />,
    );
    expect(root.querySelector("[role=alert]")?.textContent).toContain(
      "Could not read your applications: Quota",
    );
  });

  it("lists rows as links to their page, untrusted text as text", () => {
    mount(<ApplicationsScreen rows={{ status: "ready", value: rows }} actions={fakeActions()} />);
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain("<img src=x onerror=alert(1)>");
    const links = [...root.querySelectorAll("tbody a")].map((a) => a.getAttribute("href"));
    expect(links.sort()).toEqual(["#/application/a", "#/application/b"]);
    expect(root.querySelector("table")?.getAttribute("aria-rowcount")).toBe("3");
  });

  it("archives the selected rows and offers an undo that restores exactly those", async () => {
    const actions = fakeActions();
    mount(<ApplicationsScreen rows={{ status: "ready", value: rows }} actions={actions} />);
    const box = root.querySelector<HTMLInputElement>('input[aria-label="Select Chef at Acme"]')!;
    act(() => {
      box.checked = true;
      box.dispatchEvent(new Event("change", { bubbles: true }));
    });
    act(() => button("Archive selected").click());
    await flush();
    expect(actions.setArchived).toHaveBeenCalledWith(["a"], true);
    expect(root.querySelector("[role=status] .toast")?.textContent).toContain("Archived 1 application.");
    act(() => button("Undo").click());
    await flush();
    expect(actions.setArchived).toHaveBeenLastCalledWith(["a"], false);
    expect(root.textContent).toContain("Undone.");
  });

  it("shows a board with a Move-to select for each card, for the keyboard", async () => {
    const actions = fakeActions();
    mount(
      <ApplicationsScreen
        rows={{ status: "ready", value: rows }}
        actions={{ ...actions, initialLayout: "board" }}
      />,
    );
    expect(root.querySelectorAll(".board-column")).toHaveLength(7);
    const select = root.querySelector<HTMLSelectElement>('select[aria-label="Move Chef · Acme to"]')!;
    act(() => {
      select.value = "interviewing";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await flush();
    expect(actions.moveTo).toHaveBeenCalledWith("a", "interviewing");
    expect(root.textContent).toContain("Moved Chef · Acme to Interviewing.");
  });

  it("reports a failed write instead of failing silently", async () => {
    const actions = fakeActions({ moveTo: vi.fn(async () => Promise.reject(new Error("Disk full"))) });
    mount(
      <ApplicationsScreen
        rows={{ status: "ready", value: rows }}
        actions={{ ...actions, initialLayout: "board" }}
      />,
    );
    const select = root.querySelector<HTMLSelectElement>('select[aria-label="Move Chef · Acme to"]')!;
    act(() => {
      select.value = "offer";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await flush();
    expect(root.querySelector("[role=alert]")?.textContent).toContain(
      "Could not move Chef · Acme: Disk full",
    );
  });
});
