import { importedTemplatePlans } from './importedPlans';
import { planImport } from './importPlan';
import { readLayout } from './readLayout';
import { parseA1 } from '../model/a1';
import { camLuong } from '../../tests/fixtures/ownLayout/corpus';
import { workbookOf } from '../../tests/fixtures/ownLayout/grid';

describe('importedTemplatePlans', () => {
  const snapshot = () => workbookOf([camLuong()]).snapshot;

  it('writes each of her figures as a typed number at its line and source, with a note of where it came from', () => {
    const layout = readLayout(snapshot());
    const figures = planImport(snapshot(), layout).figures.filter((f) => f.sheet === 'plan');
    const { plans, written, notes } = importedTemplatePlans(snapshot(), layout, new Date(2024, 0, 1));
    expect(written).toBe(
      figures.length + planImport(snapshot(), layout).figures.filter((f) => f.sheet !== 'plan').length,
    );
    const plan = plans.find((p) => p.id === 'plan')!;
    const planNotes = notes.filter((n) => n.sheetId === 'plan' && n.text.startsWith('Từ'));
    expect(planNotes).toHaveLength(figures.length);
    planNotes.forEach((note, i) => {
      const { row, col } = parseA1(note.cell);
      const cell = plan.cells.find((c) => c.row === row && c.col === col)!;
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBeCloseTo(figures[i].value, 6);
      expect(note.text).toContain(figures[i].from);
    });
  });

  it('near miss: a table with no figures writes nothing and keeps every template formula', () => {
    const layout = readLayout(snapshot());
    const empty = { ...layout, tables: layout.tables.map((t) => ({ ...t, rows: [] })) };
    const { written, notes, plans } = importedTemplatePlans(snapshot(), empty, new Date(2024, 0, 1));
    expect(written).toBe(0);
    expect(notes).toHaveLength(0);
    expect(plans.find((p) => p.id === 'plan')!.cells.some((c) => c.formula)).toBe(true);
  });
});
