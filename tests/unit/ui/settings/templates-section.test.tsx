// @vitest-environment happy-dom
// Settings' note templates: edits are kept (and saved), Reset puts the default back, Undo takes it back.
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_TEMPLATES, type TemplateOverrides } from "../../../../src/core/followup/drafts";
import { TemplatesSection } from "../../../../src/ui/options/settings/TemplatesSection";
import { button, click, mount, unmount } from "../mount";

afterEach(unmount);

const body = (root: HTMLElement) => root.querySelector<HTMLTextAreaElement>("#template-body")!;

async function typeInto(el: HTMLTextAreaElement | HTMLInputElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("TemplatesSection", () => {
  it("shows the default, keeps an edit and saves it", async () => {
    const onChange = vi.fn();
    const root = mount(<TemplatesSection overrides={{}} tone="warm" onChange={onChange} onTone={vi.fn()} />);
    expect(body(root).value).toBe(DEFAULT_TEMPLATES["thank-you"].warm.body);
    expect(root.textContent).toContain("Default");
    await typeInto(body(root), "Hi {name},\n\nThanks!");
    expect(onChange).toHaveBeenLastCalledWith({
      "thank-you": {
        warm: { subject: DEFAULT_TEMPLATES["thank-you"].warm.subject, body: "Hi {name},\n\nThanks!" },
      },
    });
    expect(root.textContent).toContain("Edited");
  });

  it("flags an unknown field while editing", async () => {
    const root = mount(<TemplatesSection overrides={{}} tone="warm" onChange={vi.fn()} onTone={vi.fn()} />);
    await typeInto(body(root), "Hi {nmae},");
    expect(root.querySelector("[role=alert]")?.textContent).toContain("{nmae} is not a field");
  });

  it("Reset restores the default, and Undo brings the edit back", async () => {
    const mine: TemplateOverrides = { "thank-you": { warm: { subject: "S", body: "Mine" } } };
    const onChange = vi.fn();
    const root = mount(
      <TemplatesSection overrides={mine} tone="warm" onChange={onChange} onTone={vi.fn()} />,
    );
    expect(body(root).value).toBe("Mine");
    await click(button(root, "Reset this template"));
    expect(body(root).value).toBe(DEFAULT_TEMPLATES["thank-you"].warm.body);
    expect(onChange).toHaveBeenLastCalledWith({});
    await click(button(root, "Undo"));
    expect(body(root).value).toBe("Mine");
    expect(onChange).toHaveBeenLastCalledWith(mine);
  });

  it("Reset all clears every edit; the default tone is a choice of three", async () => {
    const mine: TemplateOverrides = { "follow-up": { brief: { subject: "S", body: "B" } } };
    const onChange = vi.fn();
    const onTone = vi.fn();
    const root = mount(
      <TemplatesSection overrides={mine} tone="neutral" onChange={onChange} onTone={onTone} />,
    );
    expect(button(root, "Reset this template").disabled).toBe(true);
    await click(button(root, "Reset all templates"));
    expect(onChange).toHaveBeenLastCalledWith({});
    const radios = [...root.querySelectorAll<HTMLInputElement>("input[name=draft-tone-default]")];
    expect(radios.map((r) => r.checked)).toEqual([false, true, false]);
    await click(radios[2]!);
    expect(onTone).toHaveBeenCalledWith("brief");
  });
});
