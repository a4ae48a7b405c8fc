// The options page's views, in navigation order. Each view lives in its own file under views/: the
// connected half that opens the database and hands {data, actions} to a view in src/ui/options.
import { viewHash } from "../src/shared/pages";
import type { Route } from "../src/ui/options/router";
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
    nav: { label: "Applications", href: viewHash("applications") },
    title: "Applications",
  },
  { pattern: /^\/application\/([^/]+)\/draft\/(.+)$/, view: ApplicationView, title: "Write a note" },
  { pattern: /^\/application\/(.+)$/, view: ApplicationView, title: "Application" },
  {
    pattern: /^\/review$/,
    view: ReviewView,
    nav: { label: "Review emails", href: viewHash("review") },
    title: "Emails to review",
  },
  {
    pattern: /^\/statistics$/,
    view: StatisticsView,
    nav: { label: "Statistics", href: viewHash("statistics") },
    title: "Statistics",
  },
  {
    pattern: /^\/settings$/,
    view: SettingsView,
    nav: { label: "Settings", href: viewHash("settings") },
    title: "Settings",
  },
  {
    pattern: /^\/data$/,
    view: YourDataView,
    nav: { label: "Your data", href: viewHash("data") },
    title: "Your data",
  },
];
