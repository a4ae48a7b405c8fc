// The database layer in one import. Pages that count bytes (the popup) import modules directly.
export * from "./applications";
export { getDb } from "./connection";
export * from "./events";
export * from "./interviews";
export * from "./reminders";
export type { DebriefDB } from "./schema";
export * from "./settings";
export * from "./status";
