import { gridBook, projectWithOwnRow, type GridCell } from '../../tests/fixtures/ownLayout/sections';
import { validateAnyWorkbook } from './validateAny';
import { importedTemplatePlans } from './importedPlans';
import { readLayout } from './readLayout';

/**
 * Her own row under a project beside its sub-projects: "- Chi phí quản lý chung" right under
 * "1. Dự án 3", then "a) Tiểu dự án 1", "b) Tiểu dự án 2". The project is all three rows. Before,
 * only the sub-projects were counted: a right plan got SUM_MISMATCH at the project, 20 above.
 */
function plan(edit: (rows: GridCell[][]) => void = () => {}): GridCell[][] {
  const rows = projectWithOwnRow();
  edit(rows);
  return rows;
}
const findings = (rows: GridCell[][]) =>
  validateAnyWorkbook(gridBook(rows)).map((f) => `${f.code}@${f.cell ?? ''}:${f.severity}`);

it('a right plan is clean: the project is its own row and its sub-projects together', () => {
  expect(findings(plan())).toEqual([]);
});

it('one slip on her own row is one finding at her cell', () => {
  const out = findings(
    plan((r) => {
      r[5][3] = 27;
    }),
  );
  expect(out).toHaveLength(1);
  expect(out[0]).toMatch(/@D6:error$/);
});

it('a project off by its own row is still found, at the project', () => {
  const out = findings(
    plan((r) => {
      r[4][3] = 1030;
      r[4][2] = 1150;
      r[3][3] = 1030;
      r[3][2] = 1150;
    }),
  );
  expect(out).toEqual(['SUM_MISMATCH@D5:error']);
});

it('import carries the project whole and says the template will hold it against its sub-projects', () => {
  const snapshot = gridBook(plan());
  const { attention } = importedTemplatePlans(snapshot, readLayout(snapshot), new Date(2025, 0, 1));
  expect(attention.map((a) => a.cell)).toEqual(['KH 2024!D6']);
  expect(attention[0].why).toMatch(/^DA3 · SN NSTW: 20 triệu đồng ghi cho chính dòng/);
});

it('near miss: a project given as a whole, its sub-projects listed empty, keeps its figure', () => {
  // Her own row ("of which" 20) beside sub-projects without money: the project is a figure of its own.
  const whole = plan((r) => {
    for (const row of [r[6], r[7]]) row.splice(2, 3, null, null, null);
  });
  expect(findings(whole)).toEqual([]);
});
