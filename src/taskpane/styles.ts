/**
 * Pane layout CSS. Everything wraps or scrolls inside its own box so the pane never
 * scrolls sideways at 320 px or at 200 % zoom (Excel's narrowest pane).
 */
export const PANE_CSS = `
html, body { margin: 0; padding: 0; }
*, *::before, *::after { box-sizing: border-box; }
.mtqg-root { min-height: 100vh; max-width: 100%; overflow-wrap: anywhere; }
.mtqg-header { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; justify-content: space-between;
  padding: 10px 12px; border-bottom: 1px solid #e0e0e0; background: #f5f7fb; }
.mtqg-title { display: flex; flex-direction: column; min-width: 0; flex: 1 1 160px; }
.mtqg-title h1 { margin: 0; }
.mtqg-lang { display: flex; gap: 4px; flex-wrap: wrap; }
.mtqg-main { padding: 8px 12px 24px; display: flex; flex-direction: column; gap: 10px; }
.mtqg-tabs { flex-wrap: wrap; }
.mtqg-panel { display: flex; flex-direction: column; gap: 10px; padding-top: 4px; }
.mtqg-panel > button, .mtqg-preview > button { align-self: flex-start; max-width: 100%; }
.mtqg-intro { margin: 0; color: #424242; }
.mtqg-muted { color: #616161; }
.mtqg-h3 { margin: 8px 0 4px; font-size: 14px; }
.mtqg-form, .mtqg-fieldset { display: flex; flex-direction: column; gap: 8px; }
.mtqg-fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
.mtqg-fieldset > button { align-self: flex-start; }
.mtqg-form > button { align-self: flex-start; max-width: 100%; white-space: normal; height: auto; min-height: 32px; }
.mtqg-subsection { border-top: 1px solid #e0e0e0; padding-top: 6px; display: flex; flex-direction: column; gap: 6px; }
.mtqg-form select, .mtqg-filters select { text-overflow: ellipsis; }
.mtqg-status:empty { display: none; }
.mtqg-status-details { margin: 4px 0 0; padding-left: 16px; }
.mtqg-summary { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
.mtqg-summary-item { display: inline-flex; gap: 4px; align-items: center; }
.mtqg-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.mtqg-actions button { white-space: normal; height: auto; }
.mtqg-filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 6px; align-items: end; }
.mtqg-filters > * { min-width: 0; }
.mtqg-search { grid-column: 1 / -1; }
.mtqg-root .fui-Input, .mtqg-root .fui-SearchBox, .mtqg-root .fui-Select, .mtqg-root .fui-Textarea { min-width: 0; max-width: 100%; width: 100%; }
.mtqg-root .fui-Select__select { min-width: 0; width: 100%; overflow: hidden; text-overflow: ellipsis; }
.mtqg-root .fui-Input__input { min-width: 0; }
.mtqg-root .fui-Button { min-width: 0; max-width: 100%; }
.mtqg-root .fui-TabList { min-width: 0; }
.mtqg-row-severity h2 { display: flex; align-items: center; gap: 6px; margin: 6px 0 2px; }
.mtqg-group-error h2 { color: #b10e1c; }
.mtqg-group-warning h2 { color: #8a5300; }
.mtqg-group-info h2 { color: #0f548c; }
.mtqg-sheet-name { display: block; margin: 4px 0 2px; color: #424242; }
.mtqg-finding-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.mtqg-finding-item { padding: 0 0 4px; }
.mtqg-virtual-scroll { max-height: min(60vh, 480px); overflow-y: auto; overflow-x: hidden; border: 1px solid #e0e0e0; border-radius: 4px; padding: 0 4px; }
.mtqg-virtual { display: block; position: relative; }
.mtqg-virtual-row { position: absolute; top: 0; left: 0; width: 100%; }
.mtqg-finding { border: 1px solid #e0e0e0; border-left-width: 4px; border-radius: 4px; padding: 6px 8px; cursor: pointer;
  display: flex; flex-direction: column; gap: 2px; background: #fff; width: 100%; text-align: left; font: inherit; color: inherit; }
.mtqg-finding:hover { background: #f5f5f5; }
.mtqg-finding:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 1px; }
.mtqg-finding-error { border-left-color: #d13438; }
.mtqg-finding-warning { border-left-color: #eaa300; }
.mtqg-finding-info { border-left-color: #0f6cbd; }
.mtqg-finding-title { font-size: 13px; font-weight: 600; line-height: 18px; }
.mtqg-finding-message { font-size: 13px; line-height: 18px; }
.mtqg-finding-meta { display: flex; flex-wrap: wrap; gap: 2px 10px; font-size: 12px; color: #616161; }
.mtqg-finding-ref { color: #0f6cbd; font-weight: 600; }
.mtqg-checked { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; }
.mtqg-result { display: flex; flex-direction: column; gap: 8px; scroll-margin-top: 4px; }
.mtqg-error-list { margin: 4px 0 0; padding-left: 16px; }
.mtqg-link { background: none; border: none; padding: 0; color: #0f6cbd; text-decoration: underline; cursor: pointer; font: inherit; }
.mtqg-manual-copy textarea { min-height: 120px; font-family: Consolas, monospace; font-size: 11px; }
.mtqg-preview { border-top: 2px dashed #c7c7c7; padding-top: 10px; display: flex; flex-direction: column; gap: 8px; }
.mtqg-grid { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
.mtqg-grid-tabs { display: flex; flex-wrap: wrap; gap: 2px; }
.mtqg-grid-tab { font: inherit; font-size: 12px; padding: 3px 8px; border: 1px solid #c7c7c7; border-radius: 4px 4px 0 0;
  background: #f0f0f0; cursor: pointer; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.mtqg-grid-tab-active { background: #fff; border-bottom-color: #fff; font-weight: 600; color: #0e700e; }
.mtqg-grid-scroll { overflow: auto; max-height: 55vh; max-width: 100%; border: 1px solid #c7c7c7;
  scroll-padding: 22px 0 0 36px; /* keep a jumped-to cell clear of the sticky headers */ }
.mtqg-grid-table { border-collapse: collapse; font-size: 11px; font-family: Calibri, 'Segoe UI', sans-serif; }
.mtqg-grid-table th { position: sticky; top: 0; background: #f3f3f3; color: #616161; font-weight: 400; border: 1px solid #e0e0e0;
  padding: 1px 4px; white-space: nowrap; z-index: 1; }
.mtqg-grid-table tbody th { position: sticky; left: 0; top: auto; text-align: right; min-width: 32px; width: 32px;
  box-sizing: border-box; }
.mtqg-grid-table .mtqg-grid-label { position: sticky; left: 32px; max-width: 120px; box-shadow: 1px 0 0 #c7c7c7; }
.mtqg-grid-table td.mtqg-grid-label { z-index: 1; }
.mtqg-grid-table td.mtqg-grid-label:not(.mtqg-mark-error):not(.mtqg-mark-warning):not(.mtqg-mark-info) { background: #fff; }
.mtqg-grid-table thead th.mtqg-grid-label { z-index: 3; }
.mtqg-grid-table thead th { z-index: 2; }
.mtqg-grid-table .mtqg-grid-corner { left: 0; z-index: 4 !important; position: sticky; top: 0; background: #f3f3f3; border: 1px solid #e0e0e0;
  min-width: 32px; width: 32px; box-sizing: border-box; }
.mtqg-grid-table td { border: 1px solid #ececec; padding: 1px 4px; max-width: 140px; min-width: 24px; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; height: 18px; }
.mtqg-grid-table td.mtqg-num { text-align: right; }
.mtqg-mark-error { background: #fde7e9; }
.mtqg-mark-warning { background: #fff4ce; }
.mtqg-mark-info { background: #deecf9; }
.mtqg-grid-table td.mtqg-selected { outline: 2px solid #107c10; outline-offset: -2px; }
`;
