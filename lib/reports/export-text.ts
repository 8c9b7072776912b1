// The words of a report, defined once for all its forms (HTML page, PDF,
// DOCX, XLSX, CSV, JSON). Pure (no database, no formats); each exporter only
// decides how a block looks. Status labels and sentences come from lib/vocab.
// This module gathers the parts so exporters import from one place.
export * from "./export-words";
export * from "./export-summary-text";
export * from "./export-outline";
export * from "./export-item-text";
export * from "./export-rows";
