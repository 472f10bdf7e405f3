import type { CellSnapshot } from '../../src/model/snapshot';
import { validateAnyWorkbook } from '../../src/layout/validateAny';
import { readLayout } from '../../src/layout/readLayout';
import { CORPUS } from '../fixtures/ownLayout/corpus';
import { workbookOf } from '../fixtures/ownLayout/grid';
import { a1 } from '../../src/model/a1';
import { colIndex } from '../../src/layout/layoutModel';
import { MONEY_UNITS } from '../../src/domain/units';

/**
 * One slip, one finding, swept over the officers' own tables of the corpus: each kind of slip
 * typed into each typed figure of her money table gives the table's findings
 * plus one finding at that cell. What the rule allows, and only that: a slip in a local (NSĐP)
 * figure may hide the counterpart shortfall (she may have meant enough there), and the
 * per-capital-type counterpart note (info) may show once the overall counterpart holds.
 */
/** Each slip typed over a cell (`sum`: one of her own sum columns): the cell and the code it gives, null where it is none. */
const SLIPS: Record<string, (c: CellSnapshot, unit: string, sum: boolean) => [CellSnapshot, string] | null> = {
  date: () => [{ v: 45_427, t: 'n', nf: 'dd/mm/yyyy' }, 'DATE_IN_AMOUNT'],
  text: () => [{ v: 'chưa có', t: 's' }, 'NOT_A_NUMBER'],
  // The figure typed into a cell formatted %: Excel stores a hundredth of it, shown as typed.
  percent: (c) => [{ v: Number(c.v) / 100, t: 'n', nf: '0.00%' }, 'PERCENT_IN_AMOUNT'],
  // A figure she typed as text with its unit: Excel adds it nowhere, her typed totals count it as meant.
  unitText: (c, unit) => [{ v: `${Number(c.v).toLocaleString('vi-VN')} ${unit}`, t: 's' }, 'NUMBER_WITH_UNIT'],
  textNumber: (c) => [{ v: Number(c.v).toLocaleString('vi-VN'), t: 's' }, 'NUMBER_AS_TEXT'],
  negative: (c) => [{ v: -Number(c.v), t: 'n' }, 'NEGATIVE_AMOUNT'],
  absurd: () => [{ v: 1e20, t: 'n' }, 'VALUE_OUT_OF_RANGE'],
  typedInNghin: (c) => [{ v: Number(c.v) * 1000, t: 'n' }, 'UNIT_SUSPECT'],
  // A digit too many or a digit mistyped: her row sums and the line above agree on the figure meant.
  extraZero: (c) => [{ v: Number(c.v) * 10, t: 'n' }, 'SUM_MISMATCH'],
  digitOff: (c) => [{ v: Number(c.v) + 9, t: 'n' }, 'SUM_MISMATCH'],
  // A figure cleared (or typed 0) while her typed sums still count it: said at her typed figures
  // above the rounding her sums allow (a figure of 2 beside figures typed whole is within it).
  cleared: (c, _u, sum) => (sum || Number(c.v) < 10 ? null : [{ v: null, t: 'z' }, 'SUM_MISMATCH']),
  zero: (c, _u, sum) => (sum || Number(c.v) < 10 ? null : [{ v: 0, t: 'n' }, 'SUM_MISMATCH']),
};
/** Slips whose figure meant is known (a unit slip taken as meant, a figure shown under %, text read as its number). */
const KNOWN_FIGURE = new Set(['UNIT_SUSPECT', 'PERCENT_IN_AMOUNT', 'NUMBER_AS_TEXT']);
const shown = (f: { code: string; cell: string; severity: string }) => `${f.code}@${f.cell}:${f.severity}`;

it.each(Object.keys(CORPUS))('%s: each slip in her table is one finding, at its cell', (name) => {
  const make = () => workbookOf(CORPUS[name]());
  // As made: read once; each case below types its slip into a fresh copy.
  const asMade = make().snapshot;
  const clean = validateAnyWorkbook(asMade).map(shown);
  const mapping = readLayout(asMade);
  const wrong: string[] = [];
  let cases = 0;
  for (const table of mapping.tables) {
    const sheetIndex = asMade.sheets.findIndex((s) => s.name === table.sheet);
    // Her typed figures, and her own sum columns that have no source key (checked by her layout alone).
    const keyed = table.columns.filter((c) => (c.key && c.role === 'amount') || (c.role === 'sum' && !c.key));
    const typed: Array<{ row: number; col: number; local: boolean; sum: boolean }> = [];
    for (const r of table.rows.filter((x) => x.kind === 'line' || x.kind === 'detail'))
      for (const c of keyed) {
        const col = asMade.sheets[sheetIndex].rows[r.row - 1]?.[colIndex(c.col)];
        if (col?.t === 'n' && Number(col.v) > 0)
          typed.push({ row: r.row - 1, col: colIndex(c.col), local: /_NSDP$/.test(c.key ?? ''), sum: !c.key });
      }
    for (const cell of typed) {
      for (const [kind, slip] of Object.entries(SLIPS)) {
        const { snapshot } = make();
        const rows = snapshot.sheets[sheetIndex].rows;
        const slipped = slip(rows[cell.row][cell.col], MONEY_UNITS[table.unit].label, cell.sum);
        if (!slipped) continue;
        const [value, code] = slipped;
        rows[cell.row][cell.col] = value;
        const got = validateAnyWorkbook(snapshot).map(shown);
        cases++;
        const at = `@${a1(cell.row, cell.col)}:`;
        const extra = got.filter((g) => !clean.includes(g));
        const lost = clean.filter((c) => !got.includes(c));
        const allowedExtra = (g: string) => g.startsWith(`${code}${at}`) || /^COUNTERPART_SHORTFALL@.*:info$/.test(g);
        // A shortfall may go when the figure she meant is unknown (any local figure could cover it; a
        // central one counted as nothing may not need it), never beside a central slip whose figure is known.
        const allowedLost = (g: string) =>
          g.startsWith('COUNTERPART_SHORTFALL@') && (cell.local || !KNOWN_FIGURE.has(code));
        const ok =
          extra.filter((g) => g.startsWith(`${code}${at}`)).length === 1 &&
          extra.every(allowedExtra) &&
          lost.every(allowedLost);
        if (!ok) wrong.push(`${kind} at ${a1(cell.row, cell.col)}: +${extra.join(', ')} -${lost.join(', ')}`);
      }
    }
  }
  expect(cases).toBeGreaterThanOrEqual(25);
  expect(wrong).toEqual([]);
});
