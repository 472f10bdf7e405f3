import { a1, a1Range, columnLetter } from '../../../model/a1';
import type { CellPlan, DataValidationPlan, SheetPlan } from '../../../model/sheetPlan';
import type { StyleMerge } from './stylesMerge';

/**
 * A SheetPlan as worksheet XML, emitted piece by piece (no DOM, no whole string): rows
 * and cells in order, strings inline (t="inlineStr") so sharedStrings.xml stays as it was,
 * formulas without cached results (the workbook is flagged to recalculate on open).
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** XML 1.0 forbids most control characters; Excel's own escape keeps them. */
const escText = (s: string) => {
  const e = esc(s);
  let out = '';
  for (let i = 0; i < e.length; i++) {
    const code = e.charCodeAt(i);
    out +=
      code < 32 && code !== 9 && code !== 10 && code !== 13
        ? `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`
        : e[i];
  }
  return out;
};

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function writeSheetXml(plan: SheetPlan, styles: StyleMerge, emit: (text: string) => void): void {
  const cells = [...plan.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const rowMeta = new Map(plan.rows.map((r) => [r.index, r]));
  // A loop, not Math.max(...rows): 200,000 arguments overflow the stack.
  const lastRow = plan.rows.reduce((m, r) => Math.max(m, r.index), cells.at(-1)?.row ?? 0);
  const lastCol = cells.reduce((m, c) => Math.max(m, c.col), 0);
  const styleIds = new Map<string, number>();
  const styleOf = (c: CellPlan) => {
    if (!c.style) return 0;
    let id = styleIds.get(c.style);
    if (id === undefined) {
      id = styles.index(plan.styles[c.style]);
      styleIds.set(c.style, id);
    }
    return id;
  };

  emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${R}">`);
  const sheetPr = [
    plan.tabColor ? `<tabColor rgb="FF${plan.tabColor.toUpperCase()}"/>` : '',
    plan.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '',
  ].join('');
  if (sheetPr) emit(`<sheetPr>${sheetPr}</sheetPr>`);
  emit(`<dimension ref="A1:${a1(lastRow, lastCol)}"/>`);
  const f = plan.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    emit(
      `<sheetViews><sheetView workbookViewId="0"><pane${f.cols ? ` xSplit="${f.cols}"` : ''}${f.rows ? ` ySplit="${f.rows}"` : ''}` +
        ` topLeftCell="${a1(f.rows, f.cols)}" activePane="${pane}" state="frozen"/></sheetView></sheetViews>`,
    );
  } else emit('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  emit('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = [...plan.columns].sort((a, b) => a.index - b.index).filter((c) => c.width !== undefined || c.hidden);
  if (cols.length) {
    emit('<cols>');
    for (const c of cols) {
      emit(
        `<col min="${c.index + 1}" max="${c.index + 1}"${c.width !== undefined ? ` width="${c.width}" customWidth="1"` : ''}${c.hidden ? ' hidden="1"' : ''}/>`,
      );
    }
    emit('</cols>');
  }
  emit('<sheetData>');
  let i = 0;
  const rowsWithMeta = [...rowMeta.keys()].sort((a, b) => a - b);
  let m = 0;
  while (i < cells.length || m < rowsWithMeta.length) {
    const nextCellRow = i < cells.length ? cells[i].row : Infinity;
    const nextMetaRow = m < rowsWithMeta.length ? rowsWithMeta[m] : Infinity;
    const r = Math.min(nextCellRow, nextMetaRow);
    if (nextMetaRow === r) m++;
    const meta = rowMeta.get(r);
    const attrs =
      (meta?.height !== undefined ? ` ht="${meta.height}" customHeight="1"` : '') + (meta?.hidden ? ' hidden="1"' : '');
    emit(`<row r="${r + 1}"${attrs}>`);
    let lastColInRow = -1;
    for (; i < cells.length && cells[i].row === r; i++) {
      const c = cells[i];
      if (c.col === lastColInRow) continue; // a plan never repeats a cell; keep the first should it
      lastColInRow = c.col;
      emit(cellXml(c, styleOf(c)));
    }
    emit('</row>');
  }
  emit('</sheetData>');
  if (plan.merges.length) {
    emit(`<mergeCells count="${plan.merges.length}">`);
    for (const mg of plan.merges) emit(`<mergeCell ref="${a1Range(mg)}"/>`);
    emit('</mergeCells>');
  }
  if (plan.validations.length) {
    emit(`<dataValidations count="${plan.validations.length}">`);
    for (const v of plan.validations) emit(validationXml(v));
    emit('</dataValidations>');
  }
  emit('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  if (plan.print) {
    emit(
      `<pageSetup paperSize="9" orientation="${plan.print.orientation}"${plan.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
    );
  }
  emit('</worksheet>');
}

function cellXml(c: CellPlan, style: number): string {
  const ref = `${columnLetter(c.col)}${c.row + 1}`;
  const s = style ? ` s="${style}"` : '';
  if (c.formula) return `<c r="${ref}"${s}><f>${esc(c.formula.replace(/^=/, ''))}</f></c>`;
  const v = c.value;
  if (v === undefined || v === null || v === '') return `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') {
    return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escText(v)}</t></is></c>`;
}

function validationXml(v: DataValidationPlan): string {
  const rule = v.rule;
  const msg =
    ` showErrorMessage="1" errorStyle="stop" errorTitle="Giá trị không hợp lệ" error="${esc(v.errorMessage ?? 'Giá trị không hợp lệ. / Invalid value.')}"` +
    (v.prompt ? ` showInputMessage="1" prompt="${esc(v.prompt)}"` : '');
  const sqref = a1Range(v.range);
  if (rule.type === 'list') {
    return `<dataValidation type="list" allowBlank="1"${msg} sqref="${sqref}"><formula1>${esc(`"${rule.values.join(',')}"`)}</formula1></dataValidation>`;
  }
  const { min, max } = rule;
  const [op, f1, f2] =
    min !== undefined && max !== undefined
      ? ['between', min, max]
      : min !== undefined
        ? ['greaterThanOrEqual', min]
        : max !== undefined
          ? ['lessThanOrEqual', max]
          : ['greaterThanOrEqual', -1e308];
  return (
    `<dataValidation type="${rule.type}" operator="${op}" allowBlank="1"${msg} sqref="${sqref}"><formula1>${f1}</formula1>` +
    (f2 !== undefined ? `<formula2>${f2}</formula2>` : '') +
    '</dataValidation>'
  );
}
