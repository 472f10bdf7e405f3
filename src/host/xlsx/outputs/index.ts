/**
 * Every download of the standalone page as "bytes in → bytes out", browser-safe (no fs, no
 * Node module, no Buffer; fflate unzips, ExcelJS builds new workbooks). The CLI commands
 * call the same functions for their content, so the page and `mtqg` give the same files.
 */
export {
  checkFile,
  checkPackage,
  openPackage,
  UnreadableFileError,
  FileTooBigError,
  type OpenedFile,
  type CheckedFile,
  type CheckOptions,
} from './checkFile';
export { annotatedCopy, annotateWorkbook, AnnotateError, noteText, type AnnotatedCopy } from './annotate/annotatedCopy';
export { reportWorkbook } from './reportWorkbook';
export { reportJson } from './reportJson';
export { appendixCopy, AppendixError, AppendixRefusedError, isMacroPackage } from './appendixCopy';
export { convertedTemplate, type ConvertedTemplate } from './convertedTemplate';
export { consolidatedWorkbook, type ConsolidateOptions, type Consolidated } from './consolidatedWorkbook';
export { blankTemplate } from './blankTemplate';
export { downloadName, type DownloadKind } from './downloadName';
