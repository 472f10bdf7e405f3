import { cellAt, type CellSnapshot, type SheetSnapshot } from '../model/snapshot';
import { decimalsFromFormat, isPercentFormat, parseNumberText, typedDecimals } from './parseAmount';
import { isDateFormat, serialOfIsoDate } from './dateCells';

/** Beyond this no plan figure goes, in any unit (the whole 1719 program is under 1.5 × 10^14 đồng). */
export const MAX_AMOUNT = 1e15;

/** What a numeric cell (amount or indicator value) holds, as checks see it. */
export type CellNumber =
  | { state: 'blank' }
  | {
      state: 'number';
      value: number;
      /** Half a unit of the last shown decimal (0 for formula results: they are exact sums). */
      halfUnit: number;
      formula: boolean;
      /** The number was typed as text ("1.238.075"). */
      asText: boolean;
      /** Shown as a date (Excel still sums its serial number). */
      date?: true;
      /** Under a percent format: `value` is the percent shown (89.1 for 0.891), Excel sums the stored 0.891. */
      percent?: true;
    }
  | { state: 'text'; text: string }
  /** An error value; `outOfRange` for a number no plan holds (non-finite, |x| > MAX_AMOUNT), left out of every sum. */
  | { state: 'error'; text: string; outOfRange?: true };

/**
 * A cell holding no figure of hers to judge with: text, an error value, a date or a negative
 * figure (each its own finding; what she meant there is unknown).
 */
export function holdsNoFigure(n: CellNumber): boolean {
  return n.state === 'text' || n.state === 'error' || (n.state === 'number' && (n.date === true || n.value < 0));
}

/** An empty cell, a missing line or column: one shared read (never changed). */
export const BLANK: CellNumber = { state: 'blank' };
/** Dashes are how plans write "none". */
const BLANK_TEXT = /^[-–—\s]*$/;

/** Number formats repeat across thousands of cells: parse each once. */
interface FormatInfo {
  percent: boolean;
  decimals: number | null;
  date: boolean;
}
const formatCache = new Map<string, FormatInfo>();
const GENERAL: FormatInfo = { percent: false, decimals: null, date: false };
function formatInfo(nf: string | undefined): FormatInfo {
  if (!nf) return GENERAL;
  let info = formatCache.get(nf);
  if (!info) {
    info = { percent: isPercentFormat(nf), decimals: decimalsFromFormat(nf), date: isDateFormat(nf) };
    if (formatCache.size < 1000) formatCache.set(nf, info);
  }
  return info;
}

export function readCellNumber(cell: CellSnapshot): CellNumber {
  const formula = !!cell.f;
  switch (cell.t) {
    case 'z':
      return BLANK;
    case 'e':
      return { state: 'error', text: String(cell.v) };
    case 'b':
      return { state: 'text', text: String(cell.v) };
    case 'n':
      return readNumber(cell.v as number, cell.nf, formula);
    case 's': {
      const text = String(cell.v ?? '');
      if (BLANK_TEXT.test(text)) return BLANK;
      // A date cell handed over as ISO text by the file reader: Excel holds (and sums) its serial.
      const serial = formatInfo(cell.nf).date ? serialOfIsoDate(text) : null;
      if (serial !== null) return { state: 'number', value: serial, halfUnit: 0, formula, asText: false, date: true };
      const parsed = parseNumberText(text);
      if (!parsed) return { state: 'text', text };
      if (outOfRange(parsed.value)) return { state: 'error', text, outOfRange: true };
      return {
        state: 'number',
        value: parsed.value,
        halfUnit: formula ? 0 : halfUnitOf(parsed.decimals),
        formula,
        asText: true,
      };
    }
  }
}

/**
 * readCellNumber of the cell at (row, col). A grid sheet's number or blank is read from its
 * columns (a province plan has ~4 million cells: no object built for each); the rest as a cell.
 */
export function readCellNumberAt(sheet: SheetSnapshot, row: number, col: number): CellNumber {
  const grid = sheet.grid;
  if (!grid) return readCellNumber(cellAt(sheet, row, col));
  const t = grid.type(row, col);
  if (t === 'z') return BLANK;
  if (t === 'n') return readNumber(grid.value(row, col) as number, grid.format(row, col), grid.hasFormula(row, col));
  return readCellNumber(cellAt(sheet, row, col));
}

function readNumber(value: number, nf: string | undefined, formula: boolean): CellNumber {
  if (outOfRange(value)) return { state: 'error', text: String(value), outOfRange: true };
  const format = formatInfo(nf);
  if (format.date) return { state: 'number', value, halfUnit: 0, formula, asText: false, date: true };
  if (!format.percent) {
    const decimals = format.decimals ?? typedDecimals(value);
    return { state: 'number', value, halfUnit: formula ? 0 : halfUnitOf(decimals), formula, asText: false };
  }
  const shown = value * 100;
  const decimals = format.decimals ?? typedDecimals(shown);
  const halfUnit = formula ? 0 : halfUnitOf(decimals);
  return { state: 'number', value: shown, halfUnit, formula, asText: false, percent: true };
}

function outOfRange(value: number): boolean {
  return typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_AMOUNT;
}

/** halfUnitOf for 0–20 decimals (all typedDecimals gives), computed once: `**` was a hot spot per cell read. */
const HALF_UNITS = Array.from({ length: 21 }, (_, d) => 0.5 * 10 ** -d);

export function halfUnitOf(decimals: number): number {
  return HALF_UNITS[decimals] ?? 0.5 * 10 ** -decimals;
}

/** The value a sum uses: blanks, text and errors count as nothing. */
export function valueOf(n: CellNumber): number {
  return n.state === 'number' ? n.value : 0;
}
