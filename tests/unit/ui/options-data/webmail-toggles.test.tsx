// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { EmailProvider } from "../../../../src/core/types";
import { WebmailToggles } from "../../../../src/ui/options/settings/WebmailToggles";
import type { WebmailAccess } from "../../../../src/ui/options/webmail-access";
import { byLabel, click, mount, settle, unmount } from "../mount";

// The polyfill refuses to load outside an extension; the toggles only see the interface anyway.
vi.mock("../../../../src/shared/browser", () => ({ browser: {} }));

/** A fake browser: permissions granted or refused, state kept in a set. */
function fakeAccess(grant: boolean, initially: EmailProvider[] = []) {
  const on = new Set<EmailProvider>(initially);
  const access: WebmailAccess = {
    isEnabled: vi.fn(async (p) => on.has(p)),
    enable: vi.fn(async (p) => {
      if (grant) on.add(p);
      return grant;
    }),
    disable: vi.fn(async (p) => {
      on.delete(p);
    }),
  };
  return access;
}

afterEach(unmount);

describe("WebmailToggles", () => {
  it("shows each provider's current state", async () => {
    const root = mount(<WebmailToggles actions={fakeAccess(true, ["outlook"])} />);
    await settle();
    expect(byLabel<HTMLInputElement>(root, "Gmail").checked).toBe(false);
    expect(byLabel<HTMLInputElement>(root, "Outlook on the web").checked).toBe(true);
    expect(byLabel<HTMLInputElement>(root, "Gmail").getAttribute("role")).toBe("switch");
  });

  it("asks for the permission when turned on, and says so", async () => {
    const access = fakeAccess(true);
    const root = mount(<WebmailToggles actions={access} />);
    await settle();
    await click(byLabel(root, "Gmail"));
    expect(access.enable).toHaveBeenCalledWith("gmail");
    expect(byLabel<HTMLInputElement>(root, "Gmail").checked).toBe(true);
    expect(root.querySelector("[role=status]")?.textContent).toBe("Email tagging is on for Gmail.");
  });

  it("stays off and explains when the browser's permission is refused", async () => {
    const root = mount(<WebmailToggles actions={fakeAccess(false)} />);
    await settle();
    await click(byLabel(root, "Gmail"));
    expect(byLabel<HTMLInputElement>(root, "Gmail").checked).toBe(false);
    expect(root.querySelector("[role=status]")?.textContent).toContain("permission was not granted");
  });

  it("gives the permission back when turned off", async () => {
    const access = fakeAccess(true, ["gmail"]);
    const root = mount(<WebmailToggles actions={access} />);
    await settle();
    await click(byLabel(root, "Gmail"));
    expect(access.disable).toHaveBeenCalledWith("gmail");
    expect(byLabel<HTMLInputElement>(root, "Gmail").checked).toBe(false);
  });
});
