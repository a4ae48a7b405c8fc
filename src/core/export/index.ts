// Export and import formats: CSV (both ways) and iCalendar. Pure: strings in, strings out.
export { calendarEvents } from "./calendar";
export {
  applicationRow,
  applicationsCsv,
  CSV_COLUMNS,
  type CsvCell,
  type CsvOptions,
  isoDay,
} from "./csv";
export {
  type ColumnMapping,
  FIELD_LABEL,
  guessMapping,
  IMPORT_FIELDS,
  type ImportField,
  parseDate,
  parseSalary,
  statusFromText,
} from "./csv-import";
export { type CalendarEvent, escapeText, foldLine, utcStamp, writeCalendar } from "./ics";
