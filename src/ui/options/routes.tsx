// The options page's views, in navigation order. Each view lives in its own file under views/.
import type { Route } from "./router";
import { ApplicationsView } from "./views/ApplicationsView";
import { ApplicationView } from "./views/ApplicationView";
import { YourDataView } from "./views/DataView";
import { ReviewView } from "./views/ReviewView";
import { SettingsView } from "./views/SettingsView";
import { StatisticsView } from "./views/StatisticsView";

export const ROUTES: Route[] = [
  {
    pattern: /^\/(?:applications)?$/,
    view: ApplicationsView,
    nav: { label: "Applications", href: "#/applications" },
    title: "Applications",
  },
  { pattern: /^\/application\/([^/]+)\/draft\/(.+)$/, view: ApplicationView, title: "Write a note" },
  { pattern: /^\/application\/(.+)$/, view: ApplicationView, title: "Application" },
  {
    pattern: /^\/review$/,
    view: ReviewView,
    nav: { label: "Review emails", href: "#/review" },
    title: "Emails to review",
  },
  {
    pattern: /^\/statistics$/,
    view: StatisticsView,
    nav: { label: "Statistics", href: "#/statistics" },
    title: "Statistics",
  },
  {
    pattern: /^\/settings$/,
    view: SettingsView,
    nav: { label: "Settings", href: "#/settings" },
    title: "Settings",
  },
  {
    pattern: /^\/data$/,
    view: YourDataView,
    nav: { label: "Your data", href: "#/data" },
    title: "Your data",
  },
];
