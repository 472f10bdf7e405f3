import { filterFindings, foldForSearch, groupFindings, filterOptions, NO_FILTER } from './findingsFilter';
import { makeFinding } from './testing/fakes';

const findings = [
  makeFinding({
    code: 'SUM_MISMATCH',
    severity: 'error',
    sheet: 'Kế hoạch vốn',
    cell: 'D12',
    message: 'Tổng vốn dòng DA4 không khớp',
    messageEn: 'DA4 total mismatch',
  }),
  makeFinding({ code: 'UNDER_ALLOCATION', severity: 'warning', sheet: 'Kế hoạch vốn', cell: 'E20' }),
  makeFinding({ code: 'ROUNDING_DIFF', severity: 'info', sheet: 'Giao vốn', cell: 'F8' }),
  makeFinding({ code: 'NUMBER_AS_TEXT', severity: 'error', sheet: 'Giao vốn', cell: 'G9', lineCode: 'DA1.ND2' }),
];

describe('filterFindings', () => {
  it('keeps everything without a filter', () => {
    expect(filterFindings(findings, NO_FILTER)).toEqual(findings);
  });
  it('filters by severity, sheet and code together', () => {
    expect(filterFindings(findings, { ...NO_FILTER, severity: 'error' }).map((f) => f.cell)).toEqual(['D12', 'G9']);
    expect(filterFindings(findings, { ...NO_FILTER, severity: 'error', sheet: 'Giao vốn' }).map((f) => f.cell)).toEqual(
      ['G9'],
    );
    expect(filterFindings(findings, { ...NO_FILTER, code: 'ROUNDING_DIFF' }).map((f) => f.cell)).toEqual(['F8']);
  });
  it('searches without diacritics, in both languages, by cell and line code', () => {
    expect(filterFindings(findings, { ...NO_FILTER, search: 'tong von' }).map((f) => f.cell)).toEqual(['D12']);
    expect(filterFindings(findings, { ...NO_FILTER, search: 'MISMATCH da4' }).map((f) => f.cell)).toEqual(['D12']);
    expect(filterFindings(findings, { ...NO_FILTER, search: 'g9' }).map((f) => f.cell)).toEqual(['G9']);
    expect(filterFindings(findings, { ...NO_FILTER, search: 'da1.nd2' }).map((f) => f.cell)).toEqual(['G9']);
    expect(filterFindings(findings, { ...NO_FILTER, search: 'không có gì như vậy' })).toEqual([]);
  });
  it('folds đ and tones', () => {
    expect(foldForSearch('Đối ứng ĐTPT')).toBe('doi ung dtpt');
  });
});

describe('groupFindings', () => {
  it('groups errors first, then sheets in first-seen order', () => {
    const groups = groupFindings([findings[2], findings[1], findings[3], findings[0]]);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 2],
      ['warning', 1],
      ['info', 1],
    ]);
    expect(groups[0].sheets.map((s) => s.sheet)).toEqual(['Giao vốn', 'Kế hoạch vốn']);
  });
  it('offers only the sheets and codes present', () => {
    const o = filterOptions(findings);
    expect(o.sheets).toEqual(['Kế hoạch vốn', 'Giao vốn']);
    expect(o.codes).toEqual(['NUMBER_AS_TEXT', 'ROUNDING_DIFF', 'SUM_MISMATCH', 'UNDER_ALLOCATION']);
  });
  it('keeps offering a chosen value that a new check no longer has, so the filter stays visible', () => {
    const o = filterOptions(findings.slice(0, 2), { ...NO_FILTER, sheet: 'Giao vốn', code: 'ROUNDING_DIFF' });
    expect(o.sheets).toEqual(['Kế hoạch vốn', 'Giao vốn']);
    expect(o.codes).toContain('ROUNDING_DIFF');
  });
});
