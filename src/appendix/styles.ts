import type { CellStyle } from '../model/sheetPlan';
import { MONEY_UNITS, type MoneyUnit } from '../domain/units';

/** Red of the "figures unverified" banner. */
export const UNVERIFIED_RED = 'C00000';
const HEADER_FILL = 'DDE6F0';
const TOTAL_FILL = 'F2F2F2';
const BODY_SIZE = 10;

/** The unit's number format, with zero shown as "-" the way printed plans do. */
export function moneyFormat(unit: MoneyUnit): string {
  const f = MONEY_UNITS[unit].numFmt;
  return `${f};-${f};"-"`;
}

export const PERCENT_FORMAT = '0.00%';
export const COUNT_FORMAT = '#,##0';
export const DECIMAL_FORMAT = '#,##0.0##';

/** Every style an appendix may use, keyed by name; cells refer to these keys. */
export function appendixStyles(unit: MoneyUnit): Record<string, CellStyle> {
  const money = moneyFormat(unit);
  const cell: CellStyle = { border: 'thin', fontSize: BODY_SIZE, vAlign: 'middle' };
  return {
    marker: { fontColor: 'FFFFFF', fontSize: 8 },
    issuer: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fontSize: 12 },
    nation: { bold: true, hAlign: 'center', vAlign: 'middle', fontSize: 12 },
    motto: { bold: true, hAlign: 'center', vAlign: 'middle', fontSize: 12 },
    title: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fontSize: 13 },
    subtitle: { italic: true, hAlign: 'center', vAlign: 'middle', wrap: true, fontSize: 11 },
    unverified: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fontSize: 11, fontColor: UNVERIFIED_RED },
    unitLine: { italic: true, hAlign: 'right', vAlign: 'middle', fontSize: 11 },
    noteLine: { italic: true, hAlign: 'left', vAlign: 'middle', fontSize: 10 },
    header: { ...cell, bold: true, hAlign: 'center', wrap: true, fill: HEADER_FILL },
    stt: { ...cell, hAlign: 'center' },
    sttBold: { ...cell, hAlign: 'center', bold: true },
    code: { ...cell, hAlign: 'left', fontSize: 9 },
    codeBold: { ...cell, hAlign: 'left', fontSize: 9, bold: true },
    text: { ...cell, hAlign: 'left', wrap: true },
    textCenter: { ...cell, hAlign: 'center', wrap: true },
    textBold: { ...cell, hAlign: 'left', wrap: true, bold: true },
    textBoldItalic: { ...cell, hAlign: 'left', wrap: true, bold: true, italic: true },
    textDetail: { ...cell, hAlign: 'left', wrap: true, italic: true, indent: 1 },
    totalLabel: { ...cell, hAlign: 'center', bold: true, fill: TOTAL_FILL },
    money: { ...cell, hAlign: 'right', numFmt: money },
    moneyBold: { ...cell, hAlign: 'right', bold: true, numFmt: money },
    moneyTotal: { ...cell, hAlign: 'right', bold: true, numFmt: money, fill: TOTAL_FILL },
    percent: { ...cell, hAlign: 'right', numFmt: PERCENT_FORMAT },
    percentBold: { ...cell, hAlign: 'right', bold: true, numFmt: PERCENT_FORMAT },
    percentTotal: { ...cell, hAlign: 'right', bold: true, numFmt: PERCENT_FORMAT, fill: TOTAL_FILL },
    count: { ...cell, hAlign: 'right', numFmt: COUNT_FORMAT },
    decimal: { ...cell, hAlign: 'right', numFmt: DECIMAL_FORMAT },
    targetText: { ...cell, hAlign: 'center', wrap: true },
    empty: { ...cell },
    emptyTotal: { ...cell, fill: TOTAL_FILL },
  };
}
