import {
  BY_CAPITAL_MERGES,
  gridBook,
  sectionedByCapitalPlan,
  sectionedPlan,
  sectionedWithIntegratedDetails,
  sectionedWithIntegratedPlan,
  sectionedWithSourceSection,
} from '../../tests/fixtures/ownLayout/sections';
import { buildLayoutModel } from './layoutModel';
import { importedTemplatePlans } from './importedPlans';
import { foldCapitalSections } from './capitalSections';
import { SECTION_KINDS, sectionKindOf, setSectionKind } from './editMapping';
import { planImport } from './importPlan';
import { readLayout } from './readLayout';
import { validateAnyWorkbook } from './validateAny';
import type { LayoutMapping } from './mapping';
import { applySavedMapping } from './savedMapping';
import { setColumnChoice } from './editMapping';

/**
 * Her section heading read as another kind (the review's choice for a section row): "C. VỐN LỒNG GHÉP"
 * that is her huy động, or a capital section the reader took for the other one. The heading and every
 * row under it, down to the next heading, follow; her other sections and her total row do not.
 */
const book = () => gridBook(sectionedWithSourceSection());
const kinds = (m: LayoutMapping) =>
  m.tables[0].rows.filter((r) => r.kind !== 'total').map((r) => `${r.row}:${sectionKindOf(r) ?? '-'}`);

it('offers the two capital types and the four other sources', () => {
  expect(SECTION_KINDS).toEqual(['DTPT', 'SN', 'LONG_GHEP', 'TIN_DUNG', 'HUY_DONG', 'DAN_GOP']);
});

it('section C read as huy động: its heading and its two projects follow, the capital sections stay', () => {
  const read = readLayout(book());
  const edited = setSectionKind(read, 0, 11, 'HUY_DONG');
  expect(kinds(edited)).toEqual([...kinds(read).slice(0, 6), '11:HUY_DONG', '12:HUY_DONG', '13:HUY_DONG']);
  expect(kinds(read).slice(6)).toEqual(['11:LONG_GHEP', '12:LONG_GHEP', '13:LONG_GHEP']);
  // Checked and carried through the corrected reading: DA1's 60 and DA4's 40 are huy động now.
  expect(validateAnyWorkbook(book(), edited).filter((f) => f.severity !== 'info')).toEqual([]);
  const folded = foldCapitalSections(book(), edited)!;
  const carried = planImport(folded.snapshot, folded.mapping).figures.filter((f) => f.key === 'HUY_DONG');
  expect(carried.map((f) => `${f.code}=${f.value}`).sort()).toEqual(['DA1=60', 'DA4=40']);
  expect(planImport(folded.snapshot, folded.mapping).figures.some((f) => f.key === 'LONG_GHEP')).toBe(false);
});

it('a capital section changed to a source takes the capital off its rows (read by Tổng cộng alone)', () => {
  const edited = setSectionKind(readLayout(book()), 0, 8, 'DAN_GOP');
  expect(kinds(edited)).toEqual([
    '5:DTPT',
    '6:DTPT',
    '7:DTPT',
    '8:DAN_GOP',
    '9:DAN_GOP',
    '10:DAN_GOP',
    '11:LONG_GHEP',
    '12:LONG_GHEP',
    '13:LONG_GHEP',
  ]);
  expect(edited.tables[0].rows.find((r) => r.row === 9)!.capital).toBeUndefined();
});

it('near miss: a row that heads no section, or the kind it already has, leaves the mapping as it was', () => {
  const read = readLayout(book());
  expect(setSectionKind(read, 0, 12, 'HUY_DONG')).toBe(read);
  expect(setSectionKind(read, 0, 11, 'LONG_GHEP')).toBe(read);
  expect(setSectionKind(read, 3, 11, 'HUY_DONG')).toBe(read);
});

it('saved in her workbook, the choice holds at the next check, after she added a line above her table', () => {
  const saved = setSectionKind(readLayout(book()), 0, 11, 'HUY_DONG');
  const rows = sectionedWithSourceSection();
  rows.unshift(['UBND HUYỆN ĐĂK GLEI']);
  const found = readLayout(gridBook(rows));
  expect(found.tables[0].rows.find((r) => r.kind === 'section' && r.row === 12)?.source).toBe('LONG_GHEP');
  const applied = applySavedMapping(found, saved);
  expect(kinds(applied).slice(-3)).toEqual(['12:HUY_DONG', '13:HUY_DONG', '14:HUY_DONG']);
  expect(kinds(applied).filter((k) => k.endsWith('DTPT') || k.endsWith('SN'))).toEqual(
    kinds(found).filter((k) => k.endsWith('DTPT') || k.endsWith('SN')),
  );
});

it('near miss: a heading she has since renamed keeps what the reader finds; a column she set by section stays so', () => {
  const saved = setColumnChoice(setSectionKind(readLayout(book()), 0, 11, 'HUY_DONG'), 0, 'E', 'section_NSTW');
  const rows = sectionedWithSourceSection();
  rows[10] = ['C', 'VỐN LỒNG GHÉP CÁC CHƯƠNG TRÌNH', ...rows[10].slice(2)];
  const applied = applySavedMapping(readLayout(gridBook(rows)), saved);
  expect(kinds(applied).slice(-3)).toEqual(['11:LONG_GHEP', '12:LONG_GHEP', '13:LONG_GHEP']);
  expect(applied.tables[0].columns.find((c) => c.col === 'E')).toMatchObject({ key: null, budget: 'NSTW' });
});

/**
 * Two headings of one capital type (B. VỐN SỰ NGHIỆP set to ĐTPT, or typed so): Dự án 1 is then twice in
 * ĐTPT. As the reader leaves such a line, its second row is in no line, its money said at her cell and
 * in the conversion's "Chưa chép"; before, the second row's figures were written over the first's.
 */
describe('a line twice in one capital type', () => {
  const plan = () => gridBook(sectionedPlan());
  const twice = () => setSectionKind(readLayout(plan()), 0, 8, 'DTPT');

  it('keeps the first row of the line, and says the second at her cell', () => {
    const folded = foldCapitalSections(plan(), twice())!;
    const model = buildLayoutModel(folded.snapshot, folded.mapping).plan!;
    expect(model.amount('DA1', 'DTPT_NSTW')).toMatchObject({ state: 'number', value: 480 });
    const shown = validateAnyWorkbook(plan(), twice()).map((f) => `${f.code}@${f.cell}`);
    expect(shown).toEqual(expect.arrayContaining(['NOT_IN_ANY_TOTAL@C8', 'NOT_IN_ANY_TOTAL@C9']));
  });

  it('the conversion lists the rows it cannot carry, with their figures', () => {
    const { left } = importedTemplatePlans(plan(), twice(), new Date(2025, 0, 1));
    expect(left.map((l) => l.cell)).toEqual(['KH 2024!C8', 'KH 2024!C9']);
    expect(left[1].why).toMatch(/^dòng "Dự án 1: .*" \(300 triệu đồng\) không gắn với dòng nào của danh mục/);
  });

  it('the same when her table has two ĐTPT headings; near miss: her plan as read has nothing left out', () => {
    const rows = sectionedPlan();
    rows[7] = ['B', 'VỐN ĐẦU TƯ PHÁT TRIỂN', ...rows[7].slice(2)];
    const typed = gridBook(rows);
    const { left } = importedTemplatePlans(typed, readLayout(typed), new Date(2025, 0, 1));
    expect(left.map((l) => l.cell)).toEqual(['KH 2024!C8', 'KH 2024!C9']);
    expect(importedTemplatePlans(plan(), readLayout(plan()), new Date(2025, 0, 1)).left).toEqual([]);
  });
});

/**
 * Over her sectioned tables and every kind each heading may be set to: what validate says is in no
 * total (NOT_IN_ANY_TOTAL) the conversion says it cannot carry, at the same cell; nothing throws.
 */
it('every heading set to every kind: money in no total is "Chưa chép" in the conversion, at the same cell', () => {
  const books = [
    gridBook(sectionedPlan()),
    gridBook(sectionedPlan({ total: false })),
    gridBook(sectionedByCapitalPlan(), BY_CAPITAL_MERGES),
    gridBook(sectionedByCapitalPlan({ total: false }), BY_CAPITAL_MERGES),
    gridBook(sectionedWithIntegratedPlan()),
    gridBook(sectionedWithIntegratedDetails()),
    gridBook(sectionedWithSourceSection()),
  ];
  let cases = 0;
  let inNoTotal = 0;
  for (const wb of books) {
    const read = readLayout(wb);
    for (const heading of read.tables[0].rows.filter((r) => r.kind === 'section'))
      for (const kind of SECTION_KINDS) {
        const edited = setSectionKind(read, 0, heading.row, kind);
        if (edited === read) continue;
        cases++;
        const said = validateAnyWorkbook(wb, edited)
          .filter((f) => f.code === 'NOT_IN_ANY_TOTAL' && f.severity === 'error')
          .map((f) => `${f.sheet}!${f.cell}`);
        inNoTotal += said.length;
        const left = importedTemplatePlans(wb, edited, new Date(2025, 0, 1)).left.map((l) => l.cell);
        // Both ways: no "Chưa chép" where validate finds the money in a total.
        expect([
          heading.row,
          kind,
          said.filter((c) => !left.includes(c)),
          left.filter((c) => !said.includes(c)),
        ]).toEqual([heading.row, kind, [], []]);
      }
  }
  expect(cases).toBe(75);
  expect(inNoTotal).toBeGreaterThan(20);
});
