// A tiny hash router: the options page's views are addressable (#/application/<id>) so the popup,
// notifications and the panel can link straight to them, and Back works.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

export interface Route {
  /** Matched against the hash without its leading "#". Capture groups become params. */
  pattern: RegExp;
  view: ComponentType<{ params: string[] }>;
  /** Shown in the navigation when set. */
  nav?: { label: string; href: string };
  title: string;
}

export function currentPath(): string {
  return decodeURIComponent(location.hash.replace(/^#/, "")) || "/";
}

export function useHashPath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onChange = () => setPath(currentPath());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return path;
}

export function matchRoute(
  routes: readonly Route[],
  path: string,
): { route: Route; params: string[] } | null {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (match) return { route, params: match.slice(1) };
  }
  return null;
}
