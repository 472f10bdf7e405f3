import type { CellSnapshot } from '../model/snapshot';
import { decimalsFromFormat, isPercentFormat, parseNumberText, typedDecimals } from './parseAmount';

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
    }
  | { state: 'text'; text: string }
  | { state: 'error'; text: string };

const BLANK: CellNumber = { state: 'blank' };
/** Dashes are how plans write "none". */
const BLANK_TEXT = /^[-–—\s]*$/;

/** Number formats repeat across thousands of cells: parse each once. */
const formatCache = new Map<string, { percent: boolean; decimals: number | null }>();
const GENERAL = { percent: false, decimals: null };
function formatInfo(nf: string | undefined): { percent: boolean; decimals: number | null } {
  if (!nf) return GENERAL;
  let info = formatCache.get(nf);
  if (!info) {
    info = { percent: isPercentFormat(nf), decimals: decimalsFromFormat(nf) };
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
    case 'n': {
      const value = cell.v as number;
      const format = formatInfo(cell.nf);
      const shown = format.percent ? value * 100 : value;
      const decimals = format.decimals ?? typedDecimals(shown);
      return { state: 'number', value: shown, halfUnit: formula ? 0 : halfUnitOf(decimals), formula, asText: false };
    }
    case 's': {
      const text = String(cell.v ?? '');
      if (BLANK_TEXT.test(text)) return BLANK;
      const parsed = parseNumberText(text);
      if (!parsed) return { state: 'text', text };
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

export function halfUnitOf(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** The value a sum uses: blanks, text and errors count as nothing. */
export function valueOf(n: CellNumber): number {
  return n.state === 'number' ? n.value : 0;
}
