// The options page shell: navigation and the current view. The routes (and the connected views
// that open the database) come from the entry point, options/routes.tsx, so tests can pass their own.
import { useEffect } from "preact/hooks";
import { viewHash } from "../../shared/pages";
import { matchRoute, type Route, useHashPath } from "./router";

export function OptionsApp({ routes }: { routes: readonly Route[] }) {
  const path = useHashPath();
  const match = matchRoute(routes, path);
  useEffect(() => {
    document.title = match ? `${match.route.title} — Debrief` : "Debrief";
  }, [match?.route]);
  const View = match?.route.view;
  return (
    <div class="options">
      <header class="options-header">
        <h1>Debrief</h1>
        <nav aria-label="Sections">
          <ul>
            {routes
              .filter((r) => r.nav)
              .map((r) => (
                <li key={r.title}>
                  <a href={r.nav!.href} aria-current={match?.route === r ? "page" : undefined}>
                    {r.nav!.label}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
      </header>
      <main id="main">
        {View ? (
          <View params={match.params} />
        ) : (
          <p>
            Nothing here. <a href={viewHash("applications")}>Back to your applications</a>
          </p>
        )}
      </main>
    </div>
  );
}
