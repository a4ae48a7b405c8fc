// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Application } from "../../../src/core/types";
import { type PopupActions, PopupApp } from "../../../src/ui/popup/PopupApp";

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

const actions: PopupActions = {
  addApplication: vi.fn(async () => {}),
  applicationHref: (id) => `#/application/${id}`,
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(node: preact.ComponentChild) {
  root = document.createElement("div");
  document.body.append(root);
  act(() => render(node, root));
}

describe("PopupApp", () => {
  it("shows the empty state for a first-time user", () => {
    mount(<PopupApp recent={{ status: "ready", value: [] }} actions={actions} />);
    expect(root.textContent).toContain("No applications yet");
  });

  it("lists applications as links to their page, with status words", () => {
    mount(
      <PopupApp
        recent={{ status: "ready", value: [app({}), app({ id: "a2", status: "offer" })] }}
        actions={actions}
      />,
    );
    const links = [...root.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["#/application/a1", "#/application/a2"]);
    expect(links.map((a) => a.textContent)).toEqual(["Baker · ContosoApplied", "Baker · ContosoOffer"]);
  });

  it("renders a hostile company name as text", () => {
    mount(
      <PopupApp
        recent={{ status: "ready", value: [app({ company: "<img src=x onerror=alert(1)>" })] }}
        actions={actions}
      />,
    );
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("says clearly when the database cannot be read", () => {
    mount(
      <PopupApp recent={{ status: "error", error: new Error("QuotaExceededError") }} actions={actions} />,
    );
    expect(root.querySelector("[role=alert]")?.textContent).toContain("Could not read your applications");
  });
});
