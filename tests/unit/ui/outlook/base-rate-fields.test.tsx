// @vitest-environment happy-dom
// Settings → Outlook base rates: each stage shows the published figure and its sources; the user's own
// figure replaces it, a blank field goes back to the published one, and nonsense is refused.
import { afterEach, describe, expect, it } from "vitest";
import type { BaseRateOverrides } from "../../../../src/core/signals";
import { BaseRateFields } from "../../../../src/ui/options/settings/BaseRateFields";
import { mount, settle, unmount } from "../mount";

afterEach(unmount);

function change(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("BaseRateFields", () => {
  it("shows every stage's published rate with its sources", () => {
    const root = mount(<BaseRateFields rates={{}} onChange={() => {}} />);
    const final = root.querySelector("#rate-final-src")?.textContent ?? "";
    expect(final).toContain("published: 33 % (about 1 in 3), range 20–40 %");
    expect(final).toContain("Lever 2019");
    expect(final).toContain("Karat 2021");
    expect(root.querySelectorAll(".base-rate-row")).toHaveLength(5);
    const links = [...root.querySelectorAll<HTMLAnchorElement>(".base-rate-row a")];
    expect(links.every((a) => a.href.startsWith("https://") && a.rel.includes("noopener"))).toBe(true);
  });

  it("saves the user's own figure, clears it when blank, and refuses one out of range", async () => {
    const saved: BaseRateOverrides[] = [];
    const root = mount(<BaseRateFields rates={{ technical: 0.3 }} onChange={(r) => saved.push(r)} />);
    const final = root.querySelector<HTMLInputElement>("#rate-final")!;
    change(final, "25");
    expect(saved.at(-1)).toEqual({ technical: 0.3, final: 0.25 });
    change(root.querySelector<HTMLInputElement>("#rate-technical")!, "");
    expect(saved.at(-1)).toEqual({});
    const count = saved.length;
    change(final, "0");
    change(final, "95");
    await settle();
    expect(saved).toHaveLength(count);
    expect(final.getAttribute("aria-invalid")).toBe("true");
  });
});
