// Follow-ups are planned in one place (src/db/follow-ups.ts), which applies the user's reminder
// timing. A second caller of the core planner outside core would plan with the defaults again.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

describe("follow-up planning", () => {
  it("outside core, only db/follow-ups.ts calls the planner", () => {
    const callers = ["src", "popup", "options"]
      .flatMap((dir) => files(join(ROOT, dir)))
      .map((path) => relative(ROOT, path))
      .filter((path) => !path.startsWith("src/core/"))
      .filter((path) => /\bplanFollowUp\s*\(/.test(readFileSync(join(ROOT, path), "utf8")));
    expect(callers).toEqual(["src/db/follow-ups.ts"]);
  });
});
