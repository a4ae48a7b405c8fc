// The options page shell: navigation and the current view.
import { useEffect } from "preact/hooks";
import { viewHash } from "../../shared/pages";
import { matchRoute, useHashPath } from "./router";
import { ROUTES } from "./routes";

export function OptionsApp() {
  const path = useHashPath();
  const match = matchRoute(ROUTES, path);
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
            {ROUTES.filter((r) => r.nav).map((r) => (
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
