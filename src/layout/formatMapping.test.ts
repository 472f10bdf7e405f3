import { readLayout } from './readLayout';
import { formatMappingText } from './formatMapping';
import { gridBook, sectionedPlan, sectionedWithSourceSection } from '../../tests/fixtures/ownLayout/sections';

/** `mtqg map` names her section rows in words, as the pane and the page do, never by a source code. */
const mapText = (rows: Parameters<typeof gridBook>[0]) =>
  formatMappingText(readLayout(gridBook(rows)), 'ke-hoach.xlsx');
const rowLine = (text: string, row: number) =>
  text.split('\n').find((l) => l.startsWith(`    ${String(row).padStart(4)} `));

it('a section of another source is "phần vốn lồng ghép", and the rows under it say which section they are in', () => {
  const text = mapText(sectionedWithSourceSection());
  expect(rowLine(text, 11)).toContain(
    'phần vốn lồng ghép (tổng của các dòng dưới) / integrated funds section (total of the rows below)',
  );
  expect(rowLine(text, 5)).toContain('phần vốn ĐTPT (tổng của các dòng dưới) / investment section');
  expect(rowLine(text, 12)).toMatch(/ · lồng ghép$/);
  expect(text).not.toMatch(/LONG_GHEP|\bDTPT\b/);
});

it('near miss: a table without sections names no section', () => {
  const text = mapText(sectionedPlan().filter((r, i) => i !== 4 && i !== 7));
  expect(text).not.toContain('phần vốn ');
});
