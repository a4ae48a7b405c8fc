// Accessibility check for e2e tests: runs axe-core in a page and returns the serious and critical
// violations (an empty list is a pass). Usage: `expect(await axeViolations(page)).toEqual([])`.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(resolve("node_modules/axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending nodes, to find them quickly. */
  targets: string[];
}

export async function axeViolations(
  page: Page,
  options: { exclude?: string[] } = {},
): Promise<AxeViolation[]> {
  // Extension pages forbid inline scripts (MV3 CSP), so addScriptTag would be blocked there;
  // evaluating the source through the DevTools protocol is not subject to the page's CSP.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (exclude) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time, untyped here.
    const axe = (window as any).axe;
    const context = exclude.length > 0 ? { exclude: exclude.map((s) => [s]) } : document;
    const result = await axe.run(context, { resultTypes: ["violations"] });
    return (
      result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]
    )
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(" ")),
      }));
  }, options.exclude ?? []);
}
