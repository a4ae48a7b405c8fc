// Where the shipped model comes from. In node (tests, CLIs) it is the JSON module as is. The extension
// build (build.mjs, lazyEmailModel) swaps this file for one that keeps the model as a string and
// parses it on first use: a worker woken for a panel question never builds the 5,000-term object.
import type { EmailModel } from "./model";
import modelJson from "./model.gen.json";

export function shippedModel(): EmailModel {
  return modelJson as EmailModel;
}
