import { validateAnyWorkbook } from '../../src/layout/validateAny';
import { readLayout } from '../../src/layout/readLayout';
import { colIndex } from '../../src/layout/layoutModel';
import { a1 } from '../../src/model/a1';
import { CORPUS } from '../fixtures/ownLayout/corpus';
import { workbookOf } from '../fixtures/ownLayout/grid';

/**
 * A figure typed one column over, swept over the corpus of officers' own tables: each typed
 * figure moved to each blank source cell of its row. Where her typed sums tell the move (her
 * line above in both columns), it is one finding, FIGURE_IN_WRONG_COLUMN at the cell typed, and
 * nothing it throws off; nowhere is another cell blamed for it.
 */
const shown = (f: { code: string; cell: string; severity: string }) => `${f.code}@${f.cell}:${f.severity}`;

it.each(Object.keys(CORPUS))('%s: a figure typed one column over is one finding, at its cell', (name) => {
  const make = () => workbookOf(CORPUS[name]());
  const asMade = make().snapshot;
  const clean = validateAnyWorkbook(asMade).map(shown);
  const mapping = readLayout(asMade);
  const wrong: string[] = [];
  let told = 0;
  for (const table of mapping.tables) {
    const sheetIndex = asMade.sheets.findIndex((s) => s.name === table.sheet);
    const keyed = table.columns.filter((c) => c.key && c.role === 'amount').map((c) => colIndex(c.col));
    for (const r of table.rows.filter((x) => x.kind === 'line' || x.kind === 'detail')) {
      const row = asMade.sheets[sheetIndex].rows[r.row - 1] ?? [];
      const figures = keyed.filter((c) => row[c]?.t === 'n' && Number(row[c].v) >= 10);
      const blanks = keyed.filter((c) => !row[c] || row[c].v === null);
      for (const from of figures)
        for (const to of blanks) {
          const { snapshot } = make();
          const rows = snapshot.sheets[sheetIndex].rows;
          rows[r.row - 1][to] = rows[r.row - 1][from];
          rows[r.row - 1][from] = { v: null, t: 'z' };
          const got = validateAnyWorkbook(snapshot).map(shown);
          const extra = got.filter((g) => !clean.includes(g));
          const lost = clean.filter((c) => !got.includes(c) && !/^COUNTERPART_SHORTFALL@.*:info$/.test(c));
          const at = `FIGURE_IN_WRONG_COLUMN@${a1(r.row - 1, to)}:error`;
          const moved = extra.filter((g) => g.startsWith('FIGURE_IN_WRONG_COLUMN@'));
          const what = `${a1(r.row - 1, from)}→${a1(r.row - 1, to)}: +${extra.join(', ')} -${lost.join(', ')}`;
          if (moved.some((g) => g !== at)) wrong.push(`blames another cell, ${what}`);
          else if (moved.length) {
            told++;
            const others = extra.filter((g) => g !== at && !/^COUNTERPART_SHORTFALL@.*:info$/.test(g));
            if (others.length || lost.length) wrong.push(`more than one finding, ${what}`);
          }
        }
    }
  }
  // Every table of the corpus has figures whose move its typed sums tell.
  expect(told).toBeGreaterThan(3);
  expect(wrong).toEqual([]);
});
