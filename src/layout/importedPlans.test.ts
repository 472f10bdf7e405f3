import { importedTemplatePlans, importRemarks } from './importedPlans';
import { isEditableColumn, setColumnChoice, setIndicatorCode } from './editMapping';
import { validateAnyWorkbook } from './validateAny';
import { planImport } from './importPlan';
import { readLayout } from './readLayout';
import { parseA1 } from '../model/a1';
import { CORPUS, camLuong, dakAng } from '../../tests/fixtures/ownLayout/corpus';
import { workbookOf } from '../../tests/fixtures/ownLayout/grid';
import { gridBook, sectionedWithIntegratedDetails } from '../../tests/fixtures/ownLayout/sections';
import { catalog } from '../domain/catalog';
import { KeyedCells } from '../templates/keyedCells';
import type { SheetPlan } from '../model/sheetPlan';
import { snapshotFromPlans } from '../appendix/testing/planSnapshot';
import { validateSnapshot } from '../validation';

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

  it('puts each note on its plan (one a cell), so every host writes them: the pane in Excel too', () => {
    const { plans, notes } = importedTemplatePlans(snapshot(), readLayout(snapshot()), new Date(2024, 0, 1));
    expect(notes.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const own = notes.filter((n) => n.sheetId === plan.id);
      const onPlan = (plan.notes ?? []).map((n) => ({ cell: `${n.row},${n.col}`, text: n.text }));
      expect(onPlan.map((n) => n.cell)).toEqual([...new Set(onPlan.map((n) => n.cell))]);
      for (const n of own) {
        const { row, col } = parseA1(n.cell);
        expect(onPlan.find((o) => o.cell === `${row},${col}`)?.text).toContain(n.text);
      }
      expect(onPlan.length).toBe(new Set(own.map((n) => n.cell)).size);
    }
    expect(plans.find((p) => p.id === 'plan')!.notes!.length).toBeGreaterThan(0);
  });

  it('near miss: a table with no figures writes nothing and keeps every template formula', () => {
    const layout = readLayout(snapshot());
    const empty = { ...layout, tables: layout.tables.map((t) => ({ ...t, rows: [] })) };
    const { written, notes, plans } = importedTemplatePlans(snapshot(), empty, new Date(2024, 0, 1));
    expect(written).toBe(0);
    expect(notes).toHaveLength(0);
    expect(plans.every((p) => p.notes === undefined)).toBe(true);
    expect(plans.find((p) => p.id === 'plan')!.cells.some((c) => c.formula)).toBe(true);
  });
});

/**
 * A line's own money beside sub-projects with money in the same column: DA3's lồng ghép is 20 in
 * the ĐTPT section (no sub-projects there) and 50 + 60 on its "a) Tiểu dự án 1/2" in the SN section.
 * The template adds DA3 up from its sub-projects, so it cannot hold the 20 beside them: the line
 * keeps her 130 (no money lost) and the import says, on DA3's row and in `attention`, what the check
 * of the copy will say and what to do. Before, the lines above were typed over their formulas too.
 */
describe("a line's own money beside its sub-projects", () => {
  const withCatalogSubProjects = () => {
    const rows = sectionedWithIntegratedDetails();
    rows[11] = ['a', catalog.byCode.get('DA3.TDA1')!.name, ...rows[11].slice(2)];
    rows[12] = ['b', catalog.byCode.get('DA3.TDA2')!.name, ...rows[12].slice(2)];
    return gridBook(rows);
  };
  const imported = () => {
    const snapshot = withCatalogSubProjects();
    return importedTemplatePlans(snapshot, readLayout(snapshot), new Date(2025, 0, 1));
  };
  const planCell = (plans: SheetPlan[], code: string, key: string) => {
    const plan = plans.find((p) => p.id === 'plan')!;
    const at = new KeyedCells(plan).cellOf(code, key)!;
    return plan.cells.find((c) => c.row === at.row && c.col === at.col);
  };

  it('keeps her 130 on the line, the formulas above and beside it, and says why at her cell', () => {
    const { plans, attention } = imported();
    expect(planCell(plans, 'DA3', 'LONG_GHEP')).toMatchObject({ value: 130 });
    expect(planCell(plans, 'DA3', 'LONG_GHEP')!.formula).toBeUndefined();
    // Her SN figures of DA3 and her total's lồng ghép are what the template's formulas give.
    for (const [code, key] of [
      ['DA3', 'SN_NSTW'],
      ['DA3', 'SN_NSDP'],
      ['TONG', 'LONG_GHEP'],
    ])
      expect(planCell(plans, code, key)!.formula).toBeDefined();
    expect(attention.map((a) => a.cell)).toEqual(['KH 2024!F9']);
    expect(attention[0].why).toMatch(
      /^DA3 · Lồng ghép: 20 triệu đồng ghi cho chính dòng.*Kế hoạch vốn!K\d+ sẽ bị báo lệch 20/,
    );
    expect(String(planCell(plans, 'DA3', 'GHI_CHU')?.value)).toMatch(/^Cần xem \/ check: KH 2024!F9 — DA3 · Lồng ghép/);
  });

  it('the copy then has the one finding the note announced, at the line, and the plan keeps her total', () => {
    const { plans } = imported();
    const snapshot = snapshotFromPlans(plans);
    const findings = validateSnapshot(snapshot).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.code}:${f.lineCode}:${f.sourceKey}:${f.actual}-${f.expected}`)).toEqual([
      'HARDCODED_TOTAL:DA3:LONG_GHEP:130-110',
    ]);
    const plan = snapshot.sheets.find((s) => s.name === plans.find((p) => p.id === 'plan')!.name)!;
    const at = new KeyedCells(plans.find((p) => p.id === 'plan')!).cellOf('TONG', 'TONG')!;
    expect(plan.rows[at.row][at.col].v).toBe(3460);
  });

  it('near miss: with the sub-projects as plain detail rows the line holds everything, nothing to say', () => {
    const snapshot = gridBook(sectionedWithIntegratedDetails());
    const { attention, plans } = importedTemplatePlans(snapshot, readLayout(snapshot), new Date(2025, 0, 1));
    expect(attention).toEqual([]);
    expect(planCell(plans, 'DA3', 'GHI_CHU')?.value).toBeUndefined();
    expect(validateSnapshot(snapshotFromPlans(plans)).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

/**
 * Her money the mapping places nowhere is said by the conversion ("Chưa chép"), at the cell where
 * validate says NOT_IN_ANY_TOTAL: before, the copy left it out without a word.
 */
describe('money the mapping places nowhere', () => {
  const snapshot = () => workbookOf([camLuong()]).snapshot;

  it('a column she set to "Bỏ qua" that holds money: listed at its first figure, as validate names it', () => {
    const ignored = setColumnChoice(readLayout(snapshot()), 0, 'I', 'ignored');
    const { left } = importedTemplatePlans(snapshot(), ignored, new Date(2024, 0, 1));
    const found = validateAnyWorkbook(snapshot(), ignored).filter((f) => f.code === 'NOT_IN_ANY_TOTAL');
    expect(left.map((l) => l.cell)).toEqual(found.map((f) => `${f.sheet}!${f.cell}`));
    expect(left[0].why).toMatch(/^cột ".*" có số tiền nhưng chưa gắn với nguồn vốn nào/);
    expect(importRemarks({ left, attention: [] })[0]).toMatch(/^Chưa chép \/ not carried: KH 2023!I\d+ — cột/);
  });

  it('near miss: the column read as found (SN NSĐP) leaves nothing out', () => {
    expect(importedTemplatePlans(snapshot(), readLayout(snapshot()), new Date(2024, 0, 1)).left).toEqual([]);
  });
});

describe('an indicator row she left unmatched', () => {
  const snapshot = () => workbookOf([dakAng()]).snapshot;

  it('its target is not carried, and the conversion says so at her cell', () => {
    const read = readLayout(snapshot());
    const [first, second] = read.indicators!.rows;
    const unmatched = setIndicatorCode(read, second.row, null);
    const { left, written } = importedTemplatePlans(snapshot(), unmatched, new Date(2024, 0, 1));
    expect(left.map((l) => l.cell)).toEqual([
      `${read.indicators!.sheet}!${read.indicators!.columns.KE_HOACH}${second.row}`,
    ]);
    expect(left[0].why).toMatch(/^chỉ tiêu ".*" chưa ghép được với chỉ tiêu nào của chương trình/);
    // The row still matched is carried as before.
    const all = importedTemplatePlans(snapshot(), read, new Date(2024, 0, 1));
    expect(written).toBe(all.written - 1);
    expect(first.code).toBe('CT09');
  });

  it('near miss: both rows matched, nothing left out', () => {
    expect(importedTemplatePlans(snapshot(), readLayout(snapshot()), new Date(2024, 0, 1)).left).toEqual([]);
  });
});

/**
 * Over the eight officers' layouts of the corpus, as read and with each money column set to "Bỏ qua":
 * every NOT_IN_ANY_TOTAL of validate is a "Chưa chép" of the conversion at the same cell, and no other cell is.
 */
it('every money column of every corpus layout ignored in turn: money in no total is said by the conversion', () => {
  let cases = 0;
  let said = 0;
  for (const [name, tables] of Object.entries(CORPUS)) {
    const { snapshot } = workbookOf(tables());
    const read = readLayout(snapshot);
    const edits = [
      read,
      ...read.tables.flatMap((t, ti) =>
        t.columns.filter(isEditableColumn).map((c) => setColumnChoice(read, ti, c.col, 'ignored')),
      ),
    ];
    for (const mapping of edits) {
      cases++;
      const inNoTotal = validateAnyWorkbook(snapshot, mapping)
        .filter((f) => f.code === 'NOT_IN_ANY_TOTAL')
        .map((f) => `${f.sheet}!${f.cell}`);
      said += inNoTotal.length;
      const left = importedTemplatePlans(snapshot, mapping, new Date(2024, 0, 1)).left.map((l) => l.cell);
      // Both ways: each such finding is a "Chưa chép", and each "Chưa chép" is such a finding.
      expect([name, inNoTotal.filter((c) => !left.includes(c)), left.filter((c) => !inNoTotal.includes(c))]).toEqual([
        name,
        [],
        [],
      ]);
    }
  }
  expect(cases).toBe(75);
  expect(said).toBeGreaterThan(50);
});
