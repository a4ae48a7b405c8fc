// Pins manifest.json's permissions, host permissions and content-script matches to the documented
// list in docs/permissions.md: a new permission or host must be documented (and reviewed) to ship.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
const doc = readFileSync(join(root, "docs/permissions.md"), "utf8");

/** The first-column code values of the table under a "## heading" of docs/permissions.md. */
function documented(heading: string): string[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? "";
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!).sort();
}

const sorted = (list: unknown) => [...((list as string[] | undefined) ?? [])].sort();

describe("manifest permissions", () => {
  it("asks for exactly the documented API permissions", () => {
    expect(sorted(manifest.permissions)).toEqual(documented("permissions"));
  });

  it("has no host permissions, and only the documented optional ones (webmail, asked on opt-in)", () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(documented("host_permissions")).toEqual([]);
    expect(sorted(manifest.optional_host_permissions)).toEqual(documented("optional_host_permissions"));
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it("runs content scripts only on the documented job-board pages", () => {
    const matches = (manifest.content_scripts as Array<{ matches: string[] }>).flatMap((c) => c.matches);
    expect([...new Set(matches)].sort()).toEqual(documented("content_scripts matches"));
    for (const script of manifest.content_scripts as Array<Record<string, unknown>>) {
      expect(script).not.toHaveProperty("all_frames", true);
      expect(script).not.toHaveProperty("match_about_blank", true);
    }
  });

  it("never asks for broad or network-reading access", () => {
    const all = JSON.stringify([
      manifest.permissions,
      manifest.host_permissions,
      manifest.optional_permissions,
      manifest.optional_host_permissions,
      manifest.content_scripts,
    ]);
    for (const broad of [
      "<all_urls>",
      "*://*/*",
      "http://*/*",
      "https://*/*",
      "webRequest",
      "cookies",
      "debugger",
    ])
      expect(all).not.toContain(broad);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(["none"]);
  });
});
