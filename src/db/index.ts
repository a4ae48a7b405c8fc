// The db room's front door. A page that must stay small (the popup) imports the files it needs instead.
export * from "./application-lists";
export * from "./applications";
export * from "./events";
export { getDb } from "./handle";
export * from "./interviews";
export * from "./reminders";
export type { DebriefDB } from "./schema";
export * from "./settings";
export * from "./status";
