// The popup's later screens (the debrief form, the outlook and plan), loaded as their own chunk so the
// first screen paints without them.
export { DebriefScreen } from "./DebriefScreen";
export { ResultScreen } from "./ResultScreen";
