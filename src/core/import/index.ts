// Import from other trackers' exports (Huntr, Teal, Simplify, Debrief's own CSV, any spreadsheet).
// Pure: bytes or text in, applications with their history and problems out.
export { decodeBytes, detectEncoding, ENCODING_LABEL, NotTextError, type TextEncodingName } from "./decode";
export { detectImporter, IMPORTERS, importerFor, NotATrackerError, readGeneric } from "./formats/index";
export { ImportCancelled, type ParseOptions, parseTable, parseTableAsync } from "./parse";
export {
  EmptyImportError,
  type ImportPreview,
  previewJson,
  readImport,
  readTable,
  statusCounts,
} from "./preview";
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
