import { a1 } from '../../../model/a1';
import type { CellSnapshot } from '../../../model/snapshot';
import { plainValue } from '../readSnapshot';
import type { CellState } from './cellElement';
import { slideFormula } from './slideFormula';

/**
 * A cell read from a worksheet part (CellState) → its CellSnapshot, mirroring ExcelJS 4.4's
 * reading (src/host/xlsx/readSnapshot.ts) so both readers give the same snapshot.
 */

export interface SheetContext {
  strings: string[];
  formats: Array<string | undefined>;
  /** Whether each style's number format is a date format (computed once per style). */
  dateStyles?: boolean[];
  date1904: boolean;
}

/** Shared formulas of a sheet by their si: the master cell's address and formula text. */
export type SharedFormulas = Map<string, { address: string; formula: string }>;

/** ExcelJS's test for a date format (quoted text and [..] sections removed first). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const xmlDecode = (s: string) =>
  s.indexOf('&') < 0
    ? s
    : s.replace(/&([a-z]*);/g, (m: string, e: string) =>
        e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'apos' ? "'" : m,
      );

function toDate(v: number, date1904: boolean): unknown {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? d : v;
}

/** Marks a formula cell whose result must be computed. */
export const PENDING = '\u0000pending';

/** The cell read, or null for none: one object reused for every cell (copy it before the next). */
export function cellSnapshot(c: CellState, ctx: SheetContext, masters: SharedFormulas): CellSnapshot | null {
  const nf = c.style ? ctx.formats[c.style] : undefined;
  const isDate = nf !== undefined && (ctx.dateStyles ??= ctx.formats.map(isDateFormat))[c.style];
  // A plain decimal read from the bytes is already a number (cellElement.ts).
  const known = c.number === c.number;
  if (c.formula || c.shareType || c.shape) {
    let result: unknown;
    if (known) result = c.number;
    else if (c.value) {
      if (c.t === 'str') result = xmlDecode(c.value);
      else if (c.t === 'b') result = parseInt(c.value, 10) !== 0;
      else if (c.t === 'e') result = { error: c.value };
      else result = parseFloat(c.value);
    } else if (c.hasValueTag && c.t === 'str') {
      // Excel and LibreOffice cache a formula showing "" as <v></v>: a result, not a missing one.
      result = '';
    }
    if (result !== undefined && isDate && typeof result === 'number') result = toDate(result, ctx.date1904);
    const shared = c.shareType === 'shared' && c.si !== undefined;
    // Read with its '=' (the byte reader) and nothing to change in it: already the snapshot's text.
    const ready = c.formulaHasEquals && !shared && c.formula!.indexOf('_xlfn.') < 0 ? c.formula : undefined;
    let formula = c.formulaHasEquals && !ready ? c.formula!.slice(1) : c.formula;
    if (shared && c.si !== undefined) {
      // A cell read directly from the bytes leaves its (plain "B12") address to be built here.
      const address = c.address || a1(c.row, c.col);
      if (c.ref && formula) masters.set(c.si, { address, formula });
      else if (!formula) {
        const master = masters.get(c.si);
        formula = master ? slideFormula(master.formula, master.address, address) : undefined;
      }
    }
    // Joined, not `=${…}`: a concatenation is a two-part string object kept per formula cell.
    // A formula kept as a shape has no text here: the reader stores the shape (sheetReader.ts).
    const f = c.shape
      ? undefined
      : (ready ??
        (formula
          ? ['=', formula.indexOf('_xlfn.') >= 0 ? formula.replace(/_xlfn\./g, '') : formula].join('')
          : undefined));
    if (result === undefined || result === null) return f || c.shape ? cellLiteral(PENDING, 'n', f, nf) : null;
    setPlain(result);
    return cellLiteral(plainV, plainT, f, nf);
  }
  if (c.value === undefined && !c.runs && !known) return null;
  let value: unknown;
  switch (c.t) {
    case 's':
      value = ctx.strings[known ? c.number : parseInt(c.value ?? '', 10)] ?? '';
      break;
    case 'str':
      value = xmlDecode(c.value ?? '');
      break;
    case 'inlineStr':
      value = c.runs ? c.runs.join('') : (c.value ?? '');
      break;
    case 'b':
      value = parseInt(c.value ?? '', 10) !== 0;
      break;
    case 'e':
      value = { error: c.value };
      break;
    default: {
      const num = known ? c.number : parseFloat(c.value ?? '');
      value = isDate ? toDate(num, ctx.date1904) : num;
    }
  }
  setPlain(value);
  return plainT === 'z' ? null : cellLiteral(plainV, plainT, undefined, nf);
}

/** What plainValue gives (readSnapshot.ts), without its object for the common cases. */
let plainV: CellSnapshot['v'] = null;
let plainT: CellSnapshot['t'] = 'z';
function setPlain(v: unknown): void {
  if (typeof v === 'number' && Number.isFinite(v)) {
    plainV = v;
    plainT = 'n';
  } else if (typeof v === 'string' && v !== '') {
    plainV = v;
    plainT = 's';
  } else {
    const plain = plainValue(v);
    plainV = plain.v;
    plainT = plain.t;
  }
}

/**
 * The cell, in one object reused for every cell: the reader copies it into its grid at once
 * (cellGrid.ts), so a cell costs no object of its own. `f` and `nf` are undefined when absent.
 */
const scratch: { v: CellSnapshot['v']; t: CellSnapshot['t']; f: string | undefined; nf: string | undefined } = {
  v: null,
  t: 'z',
  f: undefined,
  nf: undefined,
};

function cellLiteral(v: CellSnapshot['v'], t: CellSnapshot['t'], f: string | undefined, nf: string | undefined) {
  scratch.v = v;
  scratch.t = t;
  scratch.f = f;
  scratch.nf = nf;
  return scratch as CellSnapshot;
}
