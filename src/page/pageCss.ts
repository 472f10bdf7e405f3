/**
 * The page's layout on top of the pane's CSS: a wide two-column view (findings beside the
 * grid) that folds to one column on a phone, and the print view (A4, the report only).
 */
export const PAGE_CSS = `
.mtqg-page-main { max-width: 1400px; margin: 0 auto; width: 100%; padding: 12px 16px 32px; gap: 14px; }
.mtqg-page .mtqg-header { padding: 12px 16px; }
.mtqg-visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.mtqg-drop { border: 2px dashed #8a8886; border-radius: 8px; padding: 20px; display: flex; flex-direction: column;
  gap: 8px; align-items: flex-start; background: #fafafa; }
.mtqg-drop h2, .mtqg-drop p { margin: 0; }
.mtqg-drop-over { border-color: #0f6cbd; background: #ebf3fc; }
.mtqg-file { border: 1px solid #d1d1d1; border-radius: 8px; padding: 12px; display: flex; flex-direction: column; gap: 10px;
  min-width: 0; background: #fff; }
.mtqg-file-head { display: flex; flex-wrap: wrap; gap: 8px; justify-content: space-between; align-items: flex-start; }
.mtqg-file-name { margin: 0; overflow-wrap: anywhere; }
.mtqg-file h3 { margin: 0 0 6px; }
.mtqg-file-body { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 16px; align-items: start; }
.mtqg-file-findings, .mtqg-file-grid { min-width: 0; display: flex; flex-direction: column; gap: 6px; }
.mtqg-file-grid { position: sticky; top: 8px; scroll-margin-top: 8px; }
.mtqg-file-grid .mtqg-grid-scroll { max-height: 70vh; }
.mtqg-tools { display: flex; flex-direction: column; gap: 8px; }
.mtqg-blank summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
.mtqg-blank-form { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 8px; align-items: end;
  padding: 8px 0; }
.mtqg-blank-form > button { justify-self: start; }
.mtqg-mapping { display: flex; flex-direction: column; gap: 6px; }
.mtqg-mapping h3, .mtqg-mapping p { margin: 0; }
.mtqg-table-scroll { overflow-x: auto; max-width: 100%; }
.mtqg-plain-table { border-collapse: collapse; font-size: 12px; }
.mtqg-plain-table th, .mtqg-plain-table td { border: 1px solid #e0e0e0; padding: 2px 6px; text-align: left; vertical-align: top; }
.mtqg-plain-table th { background: #f3f3f3; }
.mtqg-plain-table th, .mtqg-plain-table td:first-child, .mtqg-plain-table td:last-child { overflow-wrap: normal; white-space: nowrap; }
.mtqg-file-body-grid-only { grid-template-columns: minmax(0, 1fr); }
.mtqg-downloads { display: flex; flex-direction: column; gap: 6px; }
.mtqg-print-only { display: none; }
.mtqg-privacy-other { display: block; color: #616161; font-size: 12px; margin-top: 2px; }
@media (max-width: 900px) {
  .mtqg-file-body { grid-template-columns: minmax(0, 1fr); }
  .mtqg-file-grid { position: static; }
  .mtqg-file-grid .mtqg-grid-scroll { max-height: 60vh; }
}
@media print {
  @page { size: A4; margin: 15mm; }
  .mtqg-no-print, .mtqg-header { display: none !important; }
  .mtqg-print-only { display: block !important; }
  .mtqg-file { border: 0; padding: 0; break-after: page; }
  .mtqg-page-main { padding: 0; max-width: none; }
  .mtqg-print-report { font-family: 'Times New Roman', serif; font-size: 12pt; color: #000; }
  .mtqg-print-report h2 { text-align: center; font-size: 14pt; margin: 0 0 8pt; }
  .mtqg-print-table { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
  .mtqg-print-table th, .mtqg-print-table td { border: 1px solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
  .mtqg-print-table thead { display: table-header-group; }
  .mtqg-print-table th, .mtqg-print-table td:nth-child(-n+3) { white-space: nowrap; overflow-wrap: normal; }
  .mtqg-print-table tr { break-inside: avoid; }
  .mtqg-print-sign { text-align: right; margin-top: 24pt; font-weight: bold; }
}
`;
