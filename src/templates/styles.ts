import type { CellStyle } from '../model/sheetPlan';

/**
 * The shared style table of template sheets. Style keys are built by the helpers below so
 * sheet modules never spell style objects themselves.
 */
export type RowKind = 'total' | 'project' | 'group' | 'leaf' | 'detail';
export type TextColumn = 'stt' | 'ma' | 'name' | 'note';

const ROW_KINDS: RowKind[] = ['total', 'project', 'group', 'leaf', 'detail'];
const MAX_INDENT = 4;

const HEADER_FILL = 'DDEBF7';
const TOTAL_FILL = 'FCE4D6';
const FORMULA_FILL = 'F2F2F2';
const CODE_COLOR = '7F7F7F';

function rowFont(kind: RowKind): CellStyle {
  switch (kind) {
    case 'total':
      return { bold: true, fill: TOTAL_FILL };
    case 'project':
      return { bold: true };
    case 'group':
      return { bold: true, italic: true };
    case 'detail':
      return { italic: true };
    default:
      return {};
  }
}

export const styleKey = {
  text: (kind: RowKind, column: TextColumn, indent = 0) =>
    column === 'name' ? `name_${kind}_${Math.min(indent, MAX_INDENT)}` : `${column}_${kind}`,
  money: (kind: RowKind, isFormula: boolean) => `money_${kind}_${isFormula ? 'formula' : 'typed'}`,
};

/** Static styles (titles, headers, key row) shared by every template sheet. */
export const BASE_STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle', wrap: true },
  subtitle: { italic: true, hAlign: 'center', vAlign: 'middle', wrap: true },
  unit: { italic: true, hAlign: 'right' },
  hint: { italic: true, fontColor: CODE_COLOR, wrap: true },
  header: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, border: 'thin', fill: HEADER_FILL },
  numbering: { italic: true, fontSize: 9, hAlign: 'center', border: 'thin', fill: HEADER_FILL },
  key: { fontSize: 8, fontColor: CODE_COLOR },
  cellText: { border: 'thin', vAlign: 'middle', wrap: true },
  cellCode: { border: 'thin', vAlign: 'middle', fontColor: CODE_COLOR, fontSize: 9 },
  cellCenter: { border: 'thin', vAlign: 'middle', hAlign: 'center' },
  cellValue: { border: 'thin', vAlign: 'middle', hAlign: 'left', wrap: true },
  cellInput: { border: 'thin', vAlign: 'middle', hAlign: 'right' },
};

/** Styles of a money sheet: every row kind × text column / money cell, with `numFmt`. */
export function moneySheetStyles(numFmt: string): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = { ...BASE_STYLES };
  const cell: CellStyle = { border: 'thin', vAlign: 'middle' };
  for (const kind of ROW_KINDS) {
    const font = rowFont(kind);
    styles[styleKey.text(kind, 'stt')] = { ...cell, ...font, hAlign: 'center' };
    styles[styleKey.text(kind, 'ma')] = { ...cell, ...font, fontColor: CODE_COLOR, fontSize: 9 };
    styles[styleKey.text(kind, 'note')] = { ...cell, ...font, wrap: true };
    for (let indent = 0; indent <= MAX_INDENT; indent++) {
      styles[styleKey.text(kind, 'name', indent)] = { ...cell, ...font, wrap: true, ...(indent > 0 ? { indent } : {}) };
    }
    styles[styleKey.money(kind, false)] = { ...cell, ...font, hAlign: 'right', numFmt };
    // Formula cells are shaded so users see at a glance where not to type.
    styles[styleKey.money(kind, true)] = { ...cell, ...font, hAlign: 'right', numFmt, fill: font.fill ?? FORMULA_FILL };
  }
  return styles;
}

const LINE_HEIGHT = 15;

/**
 * Row height (points) that shows `text` wrapped in a column `widthChars` wide. Neither
 * ExcelJS nor LibreOffice's export fits rows to wrapped text, so plans set heights.
 * Bold text is wider; each indent level takes about two characters.
 */
export function wrappedRowHeight(
  text: string,
  widthChars: number,
  opts: { bold?: boolean; indent?: number } = {},
): number | undefined {
  // Average text is narrower than the digit "0" that column widths count in.
  const usable = (Math.max(8, widthChars - 2 * (opts.indent ?? 0)) * 1.15) / (opts.bold ? 1.12 : 1);
  const lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / usable)), 0);
  return lines > 1 ? lines * LINE_HEIGHT + 3 : undefined;
}
