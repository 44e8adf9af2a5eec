/**
 * How much work one uploaded plan may cost the server. A real action plan is a few hundred
 * thousand characters at most; these leave ample room and stop hostile files early.
 */
export const IMPORT_LIMITS = {
  /** Sum of the declared uncompressed sizes of a .docx's entries (pictures included). */
  maxUnzippedBytes: 50 * 1024 * 1024,
  /** Entries in one .docx (a real one has a few dozen; thousands are a bomb's trick). */
  maxZipEntries: 2_000,
  /** Pages of a .pdf. */
  maxPdfPages: 300,
  /** Characters of extracted text (about 100 pages of dense Chinese per 100 000). */
  maxTextChars: 1_000_000,
  /** Wall-clock time for the worker that parses a .docx or .pdf. */
  parseTimeoutMs: 20_000,
  /** Heap of that worker; a file needing more is refused, the server keeps running. */
  workerHeapMb: 384,
} as const;

export type ImportLimits = typeof IMPORT_LIMITS;
