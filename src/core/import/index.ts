// Import from other trackers' exports (Huntr, Teal, Simplify, Debrief's own CSV, any spreadsheet).
// Pure: bytes or text in, applications with their history and problems out.
export { decodeBytes, decoding, ENCODING_LABEL, NotTextError, type TextEncodingName } from "./decode";
export { detectImporter, IMPORTERS, importerFor, NotATrackerError, readGeneric } from "./formats/index";
export { type ParseOptions, parseTable, parseTableAsync } from "./parse";
export {
  EmptyImportError,
  type ImportPreview,
  previewJson,
  readImport,
  readingTable,
  readTable,
  statusCounts,
} from "./preview";
export {
  type ImportProgress,
  type ImportStage,
  type ReadOptions,
  readImportInSlices,
  readTableInSlices,
} from "./read-in-slices";
export { ImportCancelled, runInSlices, runNow, type SliceOptions, type Steps } from "./slices";
export type {
  CsvTable,
  ImportedApplication,
  ImportedStep,
  Importer,
  ImportFormat,
  ImportProblem,
  ImportRead,
} from "./types";
export { historyOf, readDate } from "./values";
