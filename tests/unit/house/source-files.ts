// The project's own source files as text, for tests that keep one fact in one home or keep a room
// from importing another. Reads the working tree, so a new file is covered the moment it exists.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

export const ROOT = join(__dirname, "../../..");

/** Every .ts/.tsx file under the given folders (relative to the repository root), as root-relative paths. */
export function sourceFiles(...folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) out.push(relative(ROOT, path));
    }
  };
  for (const folder of folders) walk(join(ROOT, folder));
  return out.sort();
}

export function readSource(path: string): string {
  return readFileSync(join(ROOT, path), "utf8");
}

/** The files among `files` whose text matches `pattern`. */
export function filesMatching(files: string[], pattern: RegExp): string[] {
  return files.filter((file) => pattern.test(readSource(file)));
}

/** The extension's code: everything that is bundled into it. */
export const EXTENSION_FOLDERS = ["src", "popup", "options", "welcome"];
