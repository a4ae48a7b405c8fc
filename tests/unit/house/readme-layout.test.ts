// The README's layout section is the map of the house: every folder the repository tracks at the top,
// in src/ and in tests/ is named there, and it names none that is gone.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT, readSource } from "./source-files";

const layout = (): string => {
  const readme = readSource("README.md");
  const section = /## Layout\s+```\n([\s\S]*?)```/.exec(readme);
  if (!section?.[1]) throw new Error("README.md has no ## Layout block");
  return section[1];
};

/** Folders git tracks directly under `under` ("" for the top), as "name/" or "under/name/". */
function trackedFolders(under: string): string[] {
  const out = execFileSync("git", ["ls-tree", "-d", "--name-only", "HEAD", ...(under ? [`${under}/`] : [])], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return out
    .split("\n")
    .filter(Boolean)
    .map((f) => `${f}/`);
}

describe("README layout", () => {
  it("names every folder at the top, in src/ and in tests/", () => {
    const text = layout();
    const named = (folder: string) => {
      const last = folder.split("/").slice(-2).join("/");
      return text.includes(folder) || text.split(/\s+/).includes(last);
    };
    const folders = [...trackedFolders(""), ...trackedFolders("src"), ...trackedFolders("tests")];
    expect(folders.filter((f) => !named(f))).toEqual([]);
  });

  it("names no folder that is not there", () => {
    const text = layout();
    const listed = [...text.matchAll(/^([\w./-]+\/)(?: ([\w./-]+\/))?\s/gm)].flatMap((m) => [m[1], m[2]]);
    const all = new Set([...trackedFolders(""), ...trackedFolders("src"), ...trackedFolders("tests")]);
    expect(listed.filter((f): f is string => !!f && !all.has(f))).toEqual([]);
  });
});
