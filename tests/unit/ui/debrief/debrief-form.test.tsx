// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DebriefForm } from "../../../../src/ui/debrief/DebriefForm";
import { emptyForm, type FormState } from "../../../../src/ui/debrief/form-state";
import { mount as mountNode, unmount } from "../mount";

let root: HTMLElement;
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
afterEach(unmount);

function mount(onSave: (form: FormState) => Promise<void>) {
  root = mountNode(<DebriefForm title="Baker · Contoso" initial={emptyForm(0)} onSave={onSave} />);
}

const chip = (label: string) =>
  [...root.querySelectorAll("label.chip")]
    .find((l) => l.textContent?.includes(label))
    ?.querySelector("input");

describe("DebriefForm", () => {
  it("groups the signs and tells good from warning signs by more than colour", () => {
    mount(async () => {});
    const groups = [...root.querySelectorAll("fieldset.signal-group > legend")].map((l) => l.textContent);
    expect(groups).toEqual(["During", "After", "Your impression"]);
    const start = chip("Asked when you could start")!;
    expect(start.closest("label")?.querySelector(".chip-mark")?.textContent).toBe("+");
    expect(start.getAttribute("aria-describedby")).toBe("polarity-positive");
    expect(chip("Cold or overly formal")!.closest("label")?.querySelector(".chip-mark")?.textContent).toBe(
      "−",
    );
    // The derived sign is computed from dates, never ticked.
    expect(chip("Silence past promised date")).toBeUndefined();
  });

  it("filters chips as the user types, from a chip too", async () => {
    mount(async () => {});
    const start = chip("Asked when you could start")!;
    start.focus();
    for (const key of "sal") {
      await act(() => {
        start.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
      });
    }
    const filter = root.querySelector<HTMLInputElement>("input[aria-label='Filter signs']")!;
    expect(filter.value).toBe("sal");
    const labels = [...root.querySelectorAll("label.chip")].map((l) => l.textContent);
    expect(labels).toEqual(["+Salary and benefits discussed"]);
  });

  it("Enter saves with the ticked signs; an error is shown and the form stays", async () => {
    const onSave = vi.fn(async (form: FormState) => {
      if (!form.signals["asked-start-date"]) throw new Error("nothing ticked");
    });
    mount(onSave);
    await act(() => {
      root
        .querySelector<HTMLInputElement>("input[aria-label='Filter signs']")!
        .dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    });
    await settle();
    expect(root.querySelector("[role=alert]")?.textContent).toBe("nothing ticked");
    await act(() => chip("Asked when you could start")!.click());
    await act(() => {
      chip("Asked when you could start")!.dispatchEvent(
        new KeyboardEvent("keydown", { key: "Enter", bubbles: true }),
      );
    });
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(onSave.mock.calls[1]?.[0].signals).toEqual({ "asked-start-date": true });
  });
});
