// Render helpers for happy-dom component tests.
import { type ComponentChild, render } from "preact";
import { act } from "preact/test-utils";

let root: HTMLElement | null = null;

export function mount(node: ComponentChild): HTMLElement {
  root = document.createElement("div");
  document.body.append(root);
  act(() => render(node, root!));
  return root;
}

export function unmount(): void {
  if (!root) return;
  render(null, root);
  root.remove();
  root = null;
}

/** Lets pending promises and the renders they cause run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

export function byLabel<T extends HTMLElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll("label")].find((l) => l.textContent?.trim() === text);
  const el = label?.htmlFor
    ? container.querySelector<T>(`#${label.htmlFor}`)
    : (label?.querySelector("input") as T | null);
  if (!el) throw new Error(`No field labelled ${text}`);
  return el;
}

export function button(container: HTMLElement, name: string): HTMLButtonElement {
  const b = [...container.querySelectorAll("button")].find((x) => x.textContent?.trim() === name);
  if (!b) throw new Error(`No button ${name}`);
  return b;
}

export async function chooseFile(input: HTMLInputElement, name: string, text: string): Promise<void> {
  const file = new File([text], name);
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}

export async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

export async function click(el: HTMLElement): Promise<void> {
  await act(() => el.click());
  await settle();
}
