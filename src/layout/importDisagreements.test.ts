import { importedTemplatePlans, importRemarks } from './importedPlans';
import { readLayout } from './readLayout';
import { validateAnyWorkbook } from './validateAny';
import { a1, parseA1 } from '../model/a1';
import type { CellSnapshot, WorkbookSnapshot } from '../model/snapshot';
import type { Finding } from '../model/finding';
import { validateSnapshot } from '../validation';
import { snapshotFromPlans } from '../appendix/testing/planSnapshot';
import { CORPUS, camLuong, dakAng, ngocHoi } from '../../tests/fixtures/ownLayout/corpus';
import { workbookOf } from '../../tests/fixtures/ownLayout/grid';
import {
  BY_CAPITAL_MERGES,
  gridBook,
  projectWithOwnRow,
  sectionedByCapitalPlan,
  sectionedPlan,
  sectionedWithIntegratedDetails,
  sectionedWithIntegratedPlan,
  sectionedWithSourceSection,
} from '../../tests/fixtures/ownLayout/sections';

/**
 * A slip validate finds on her own table must not vanish when the table is converted into the
 * template: the copy's check finds it, or the conversion says it. Her detail rows folded into a
 * line and her total columns are not in the copy as she typed them, so those are said.
 */
const when = new Date(2024, 0, 1);
const convert = (snapshot: WorkbookSnapshot) => importedTemplatePlans(snapshot, readLayout(snapshot), when);
const checks = (snapshot: WorkbookSnapshot) => importRemarks(convert(snapshot)).filter((r) => r.startsWith('Cần xem'));

/** The values the copy's sheet `id` holds. */
const valuesOn = (snapshot: WorkbookSnapshot, id: string) =>
  convert(snapshot)
    .plans.find((p) => p.id === id)!
    .cells.map((c) => c.value);

function typed(snapshot: WorkbookSnapshot, cell: string, value: number): WorkbookSnapshot {
  const copy = structuredClone(snapshot);
  const { row, col } = parseA1(cell);
  copy.sheets[0].rows[row][col] = { v: value, t: 'n' };
  return copy;
}

describe('a line she typed over her detail rows (folded into it in the copy)', () => {
  const table = () => workbookOf([ngocHoi()]).snapshot;

  it('the line mistyped: said at her line, with what her rows add to', () => {
    const slipped = typed(table(), 'E10', 10350);
    expect(validateAnyWorkbook(slipped).map((f) => `${f.code}@${f.cell}`)).toContain('SUM_MISMATCH@E10');
    expect(checks(slipped)).toEqual([
      'Cần xem / check: Sheet1!E10 — DA4.TDA1 · ĐTPT NSTW: dòng ghi 10.350 triệu đồng, các dòng chi tiết dưới nó ' +
        '(Sheet1!E11+E12) cộng 18.750 triệu đồng; bản chuẩn ghi số của dòng, các dòng chi tiết chỉ được nêu tên / ' +
        'DA4.TDA1 · investment central: the line gives 10,350 million VND, its detail rows (Sheet1!E11+E12) add to ' +
        "18,750 million VND; the copy carries the line's figure and names the detail rows only",
    ]);
  });

  it('a detail row mistyped: validate names the row, the conversion the line it is folded into', () => {
    const slipped = typed(table(), 'E11', 10287);
    expect(validateAnyWorkbook(slipped).map((f) => `${f.code}@${f.cell}`)).toContain('SUM_MISMATCH@E11');
    expect(checks(slipped)).toEqual([expect.stringMatching(/^Cần xem \/ check: Sheet1!E10 — .* cộng 18\.787 triệu/)]);
  });

  it('near miss: her rows add up to the line, nothing to say', () => {
    expect(checks(table())).toEqual([]);
  });

  it('a row "2. Dự phòng" read under sub-project b: both columns of b said, where validate finds them', () => {
    const rows = projectWithOwnRow();
    rows.push(['2', 'Dự phòng ngân sách', 50, 50, 0]);
    const snapshot = gridBook(rows);
    const found = validateAnyWorkbook(snapshot).map((f) => `${f.sheet}!${f.cell}`);
    const said = checks(snapshot).filter((r) => /dòng ghi/.test(r));
    const cells = said.map((r) => /check: (.+?) — /.exec(r)![1]);
    expect(cells).toEqual(['KH 2024!D8', 'KH 2024!E8']);
    for (const cell of cells) expect(found).toContain(cell);
  });
});

describe('her total columns (the template computes them)', () => {
  const table = () => workbookOf([camLuong()]).snapshot;

  it('a typed row total off its columns: said at her cell, with what the copy computes', () => {
    const clean = table();
    const cell = 'C8';
    const slipped = typed(clean, cell, (clean.sheets[0].rows[7][2].v as number) + 37);
    expect(validateAnyWorkbook(slipped).map((f) => `${f.code}@${f.cell}`)).toContain(`SUM_MISMATCH@${cell}`);
    expect(checks(slipped)).toEqual([
      expect.stringMatching(
        /^Cần xem \/ check: KH 2023!C8 — DA1 · Tổng cộng: bảng ghi .*; bản chuẩn tính ô này bằng công thức/,
      ),
    ]);
  });

  it('near miss: a unit slip in a source column is found in the copy; the totals it throws off are not said again', () => {
    const clean = table();
    const slipped = typed(clean, 'H10', (clean.sheets[0].rows[9][7].v as number) * 1000);
    expect(validateAnyWorkbook(slipped).filter((f) => f.severity === 'error')).toHaveLength(1);
    expect(checks(slipped)).toEqual([]);
    const copy = validateSnapshot(snapshotFromPlans(convert(slipped).plans)).filter((f) => f.severity === 'error');
    expect(copy.length).toBeGreaterThan(0);
  });
});

describe('a cell of hers holding no figure', () => {
  const table = () => workbookOf([camLuong()]).snapshot;
  const planValues = (snapshot: WorkbookSnapshot) => valuesOn(snapshot, 'plan');

  it('a date where money belongs is not carried as its serial number: "Chưa chép" at her cell', () => {
    const dated = structuredClone(table());
    dated.sheets[0].rows[8][4] = { v: 45427, t: 'n', nf: 'dd/mm/yyyy' };
    expect(planValues(dated)).not.toContain(45427);
    expect(importRemarks(convert(dated))).toEqual([
      expect.stringMatching(
        /^Chưa chép \/ not carried: KH 2023!E9 — Ô hiển thị ngày 15\/05\/2024.*Bản chuẩn không chép ô này/,
      ),
    ]);
    // Near miss: the same figure as a number is carried, nothing said.
    const typedAsNumber = typed(table(), 'E9', 45427);
    expect(planValues(typedAsNumber)).toContain(45427);
    expect(importRemarks(convert(typedAsNumber)).filter((r) => r.includes('E9 —'))).toEqual([]);
  });

  it('text where money belongs ("chưa có"): said at her cell, the copy left empty there', () => {
    const text = structuredClone(table());
    text.sheets[0].rows[8][4] = { v: 'chưa có', t: 's' };
    expect(importRemarks(convert(text))).toEqual([
      expect.stringMatching(/^Chưa chép \/ not carried: KH 2023!E9 — "chưa có" không phải số/),
    ]);
  });
});

describe('a date where her indicator target belongs', () => {
  const table = () => workbookOf([dakAng()]).snapshot;
  const targets = (snapshot: WorkbookSnapshot) => valuesOn(snapshot, 'indicators');

  it('is not carried as its serial number (45.427 as a target): "Chưa chép" at her cell', () => {
    const ind = readLayout(table()).indicators!;
    const cell = `${ind.columns.KE_HOACH}${ind.rows[0].row}`;
    const dated = structuredClone(table());
    const { row, col } = parseA1(cell);
    dated.sheets.find((x) => x.name === ind.sheet)!.rows[row][col] = { v: 45427, t: 'n', nf: 'dd/mm/yyyy' };
    expect(targets(dated)).not.toContain(45427);
    expect(importRemarks(convert(dated))).toEqual([
      expect.stringMatching(new RegExp(`^Chưa chép / not carried: ${ind.sheet}!${cell} — Ô hiển thị ngày`)),
    ]);
    // Near miss: a target typed as a number is carried, nothing said.
    const typedTarget = structuredClone(table());
    typedTarget.sheets.find((x) => x.name === ind.sheet)!.rows[row][col] = { v: 45427, t: 'n' };
    expect(targets(typedTarget)).toContain(45427);
    expect(importRemarks(convert(typedTarget))).toEqual([]);
  });
});

describe('her lines typed over typed lines', () => {
  it('a total already kept on a line below (her unit slip there) is not typed into the copy again', () => {
    const clean = workbookOf([camLuong()]).snapshot;
    const slipped = typed(clean, 'H10', (clean.sheets[0].rows[9][7].v as number) * 1000);
    const kinds = convert(slipped).plans.find((p) => p.id === 'plan')!;
    const copy = validateSnapshot(snapshotFromPlans([kinds, ...convert(slipped).plans.filter((p) => p !== kinds)]));
    // No "typed total still matches" warning for a total she typed right.
    expect(copy.filter((f) => f.code === 'HARDCODED_TOTAL' && f.severity === 'warning')).toEqual([]);
  });
});

describe('her totals over capital sections (the copy computes them)', () => {
  it("her TỔNG CỘNG off its sections: validate's finding at her cell, said by the conversion", () => {
    const rows = sectionedPlan();
    (rows[3][2] as number) += 37;
    const snapshot = gridBook(rows);
    expect(validateAnyWorkbook(snapshot).map((f) => `${f.code}@${f.cell}`)).toEqual(['SUM_MISMATCH@C4']);
    expect(checks(snapshot)).toEqual([
      expect.stringMatching(
        /^Cần xem \/ check: KH 2024!C4 — Dòng tổng, cột "Tổng cộng" cao hơn các phần vốn cộng lại .* Bản chuẩn không chép ô này/,
      ),
    ]);
  });

  it('near miss: her totals add up, nothing to say', () => {
    expect(checks(gridBook(sectionedPlan()))).toEqual([]);
  });
});

/** Officers' layouts, each with every typed money cell made 37 more in turn. */
const LAYOUTS: Array<[string, () => WorkbookSnapshot]> = [
  ...Object.entries(CORPUS).map(([name, tables]): [string, () => WorkbookSnapshot] => [
    name,
    () => workbookOf(tables()).snapshot,
  ]),
  ...([
    ['sectionedPlan', () => gridBook(sectionedPlan())],
    ['sectionedByCapitalPlan', () => gridBook(sectionedByCapitalPlan(), BY_CAPITAL_MERGES)],
    ['sectionedWithIntegratedPlan', () => gridBook(sectionedWithIntegratedPlan())],
    ['sectionedWithIntegratedDetails', () => gridBook(sectionedWithIntegratedDetails())],
    ['sectionedWithSourceSection', () => gridBook(sectionedWithSourceSection())],
    ['projectWithOwnRow', () => gridBook(projectWithOwnRow())],
  ] as Array<[string, () => WorkbookSnapshot]>),
];

/** Slips an officer makes in an amount cell, each as her cell would then hold it. */
const SLIPS: Record<string, (c: CellSnapshot) => CellSnapshot> = {
  '37 more': (c) => ({ ...c, v: (c.v as number) + 37 }),
  text: () => ({ v: 'chưa có', t: 's' }),
  date: () => ({ v: 45427, t: 'n', nf: 'dd/mm/yyyy' }),
  '#REF!': () => ({ v: '#REF!', t: 'e' }),
  'out of range': (c) => ({ ...c, v: 1e20 }),
  'number as text': (c) => ({ v: String(c.v), t: 's' }),
  negative: (c) => ({ ...c, v: -(c.v as number) }),
  '× 1000': (c) => ({ ...c, v: (c.v as number) * 1000 }),
};

/**
 * Over the layouts' typed money cells, with the slips `pick` chooses for each: whenever validate
 * finds something new on her table (a finding, or one with other figures), the copy's check finds
 * something new or the conversion says something new. Returns the slips lost and the counts.
 */
function sweep(pick: (cellIndex: number) => string[]) {
  const key = (f: Finding) => `${f.code}@${f.sheet}!${f.cell}:${f.actual}:${f.expected}`;
  const counts = { cases: 0, found: 0 };
  const lost: string[] = [];
  let cellIndex = 0;
  for (const [name, make] of LAYOUTS) {
    const snapshot = make();
    const layout = readLayout(snapshot);
    const herClean = new Set(validateAnyWorkbook(snapshot, layout).map(key));
    const clean = importedTemplatePlans(snapshot, layout, when);
    const copyClean = new Set(validateSnapshot(snapshotFromPlans(clean.plans)).map(key));
    const saidClean = new Set(importRemarks(clean));
    const lines = new Set(layout.tables.flatMap((t) => t.rows.map((r) => r.row)));
    snapshot.sheets.forEach((sheet, si) =>
      sheet.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          if (c.t !== 'n' || c.f || !c.v || col < 2 || !lines.has(r + 1)) return;
          for (const slip of pick(cellIndex++)) {
            const slipped = structuredClone(snapshot);
            slipped.sheets[si].rows[r][col] = SLIPS[slip](c);
            counts.cases++;
            if (!validateAnyWorkbook(slipped, layout).some((f) => !herClean.has(key(f)))) continue;
            counts.found++;
            const conv = importedTemplatePlans(slipped, layout, when);
            const copy = validateSnapshot(snapshotFromPlans(conv.plans)).filter((f) => !copyClean.has(key(f)));
            const said = importRemarks(conv).filter((x) => !saidClean.has(x));
            if (!copy.length && !said.length) lost.push(`${slip} ${name} ${sheet.name}!${a1(r, col)}`);
          }
        }),
      ),
    );
  }
  return { lost, ...counts };
}

it('no slip of hers is lost in the conversion: each typed money cell of fourteen layouts, 37 more', () => {
  const { lost, cases, found } = sweep(() => ['37 more']);
  expect(lost).toEqual([]);
  // Validate finds each of these on her table.
  expect([cases, found]).toEqual([492, 492]);
});

it('…nor text, a date, #REF!, a figure out of range, a number as text, a negative or × 1000 there', () => {
  const others = Object.keys(SLIPS).slice(1);
  // Each cell gets two of them in turn, so every kind meets every layout.
  const { lost, cases, found } = sweep((i) => [others[i % others.length], others[(i + 3) % others.length]]);
  expect(lost).toEqual([]);
  expect(cases).toBe(2 * 492);
  expect(found).toBeGreaterThan(900);
});
