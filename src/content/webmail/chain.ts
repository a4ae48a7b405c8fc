// Reading a fallback chain of selectors (selectors.ts): the first step that matches, or the union of
// all steps in page order.
import type { Chain } from "./selectors";

const union = (chain: Chain) => chain.map((s) => s.selector).join(", ");

/** The first element matched by the earliest step of the chain that matches anything. */
export function first(root: ParentNode, chain: Chain): Element | null {
  for (const step of chain) {
    const el = root.querySelector(step.selector);
    if (el) return el;
  }
  return null;
}

/**
 * Every element any step matches, in page order (one querySelectorAll over the union). `keep` drops
 * nested matches: "outer" keeps an element only if no ancestor matched, "inner" only if no descendant did.
 */
export function all(root: ParentNode, chain: Chain, keep: "outer" | "inner"): Element[] {
  const selector = union(chain);
  // Array.from, not for…of over the NodeList: Firefox's Xray wrappers make NodeLists of a page's DOM
  // non-iterable in content scripts.
  const found = Array.from(root.querySelectorAll(selector));
  if (keep === "inner") return found.filter((el) => !el.querySelector(selector));
  const set = new Set(found);
  return found.filter((el) => {
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}
