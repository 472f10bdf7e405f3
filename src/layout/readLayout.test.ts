import { CORPUS } from '../../tests/fixtures/ownLayout/corpus';
import { workbookOf } from '../../tests/fixtures/ownLayout/grid';
import { actualColumns, actualRows, expectedColumns, expectedRows } from '../../tests/fixtures/ownLayout/expect';
import { readLayout } from './readLayout';
import { validateLayout } from './validateLayout';

describe.each(Object.entries(CORPUS))('own layout %s', (_name, make) => {
  const tables = make();
  const { snapshot, placed } = workbookOf(tables);
  const mapping = readLayout(snapshot);

  it('finds every table, its unit and header rows, and nothing left unmapped', () => {
    expect(mapping.tables.map((t) => t.sheet).sort()).toEqual(tables.map((t) => t.sheet).sort());
    for (const [i, t] of tables.entries()) {
      const m = mapping.tables.find((x) => x.sheet === t.sheet)!;
      const unitWord = /triệu/.test(t.unitLine ?? '') ? 'trieu' : /nghìn/.test(t.unitLine ?? '') ? 'nghin' : 'dong';
      expect(m.unit).toBe(unitWord);
      const depth = Math.max(...t.columns.map((c) => c.path.length));
      expect(m.headerRows).toEqual([placed[i].headerTop + 1, placed[i].headerTop + depth]);
      expect(m.unmapped).toEqual([]);
    }
  });

  it('maps every column to its source key (or her own sum), cell for cell', () => {
    for (const [i, t] of tables.entries())
      expect(actualColumns(mapping, t.sheet)).toEqual(expectedColumns(t, placed[i]));
  });

  it('maps every row to its catalog line, detail rows to the line above, her total row', () => {
    for (const [i, t] of tables.entries()) expect(actualRows(mapping, t.sheet)).toEqual(expectedRows(t, placed[i]));
  });

  it('gives no error on the consistent plan', () => {
    const errors = validateLayout(snapshot, mapping).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.code}@${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
  });
});
