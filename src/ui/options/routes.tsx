// The options page's views, in navigation order. Each view lives in its own file under views/.
import type { Route } from "./router";
import { ApplicationsView } from "./views/ApplicationsView";

export const ROUTES: Route[] = [
  {
    pattern: /^\/(?:applications)?$/,
    view: ApplicationsView,
    nav: { label: "Applications", href: "#/applications" },
    title: "Applications",
  },
];
