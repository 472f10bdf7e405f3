import { blockedSheets, findSheetClashes } from './sheetClash';
import { sheetNameKey } from './sheetName';

const plan = (name: string, kind: 'template' | 'appendix' = 'template') => ({ name, kind });

describe('sheet-clash policy', () => {
  it('compares names one way, ignoring case (Vietnamese capitals included)', () => {
    expect(sheetNameKey('KẾ HOẠCH VỐN')).toBe(sheetNameKey('Kế hoạch vốn'));
    expect(sheetNameKey('Giao vốn')).not.toBe(sheetNameKey('Giao von'));
    const clashes = findSheetClashes(
      [plan('Thông tin'), plan('Kế hoạch vốn'), plan('Chỉ tiêu')],
      ['KẾ HOẠCH VỐN', 'thông tin', 'Ghi chú'],
    );
    expect(clashes.map((c) => [c.plan.name, c.existing])).toEqual([
      ['Thông tin', 'thông tin'],
      ['Kế hoạch vốn', 'KẾ HOẠCH VỐN'],
    ]);
  });

  it('refuses every clash in refuse mode; in replaceOwn only sheets not ours of the same kind', () => {
    const clashes = findSheetClashes([plan('A'), plan('B'), plan('C', 'appendix')], ['a', 'B', 'c']);
    const kinds: Record<string, 'template' | 'appendix' | null> = { a: 'template', B: null, c: 'template' };
    expect(blockedSheets(clashes, 'refuse', (n) => kinds[n])).toEqual(['a', 'B', 'c']);
    expect(blockedSheets(clashes, 'replaceOwn', (n) => kinds[n])).toEqual(['B', 'c']);
    expect(blockedSheets([], 'refuse', () => null)).toEqual([]);
  });
});
