// Reminders are planned in one place (src/db/follow-ups.ts), which applies the user's reminder
// timing. Any other caller of the core planner outside core (a view showing a plan) must pass that
// timing too, or it would plan with the defaults again.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

/** The text of each planFollowUp(…) call, to its closing parenthesis. */
function callsOf(source: string): string[] {
  const out: string[] = [];
  for (const match of source.matchAll(/\bplanFollowUp\s*\(/g)) {
    let depth = 0;
    let end = match.index;
    for (; end < source.length; end++) {
      if (source[end] === "(") depth++;
      if (source[end] === ")" && --depth === 0) break;
    }
    out.push(source.slice(match.index, end + 1));
  }
  return out;
}

describe("follow-up planning", () => {
  it("outside core, every call of the planner passes the user's reminder timing", () => {
    const calls = ["src", "popup", "options", "welcome"]
      .flatMap((dir) => files(join(ROOT, dir)))
      .map((path) => relative(ROOT, path))
      .filter((path) => !path.startsWith("src/core/"))
      .flatMap((path) => callsOf(readFileSync(join(ROOT, path), "utf8")).map((call) => ({ path, call })));
    expect(calls.map((c) => c.path)).toContain("src/db/follow-ups.ts");
    for (const { path, call } of calls) expect(call, path).toMatch(/\brules\b/);
  });
});
