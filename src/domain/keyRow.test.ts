import { findKeyRowInGrid, findMarkerInGrid } from './keyRow';
import { sheetMarker } from './workbookLayout';

describe('key row and marker lookup', () => {
  const grid = [
    ['KẾ HOẠCH VỐN NĂM 2024'],
    [],
    ['STT', 'MA', 'NOI_DUNG', 'TONG', 'MA', sheetMarker('template', 'plan')],
    ['I', 'DA1'],
  ];

  it('finds the key row under title rows, first occurrence of a key winning, marker not a key', () => {
    const found = findKeyRowInGrid(grid, ['MA'])!;
    expect(found.row).toBe(2);
    expect(found.columns.get('MA')).toBe(1);
    expect(found.columns.get('TONG')).toBe(3);
    expect([...found.columns.keys()].some((k) => k.startsWith('#'))).toBe(false);
  });

  it('finds the marker and says which sheet it marks', () => {
    expect(findMarkerInGrid(grid)).toMatchObject({ kind: 'template', sheetId: 'plan' });
  });

  it('gives null when there is no key row or marker in the scanned rows', () => {
    const deep = [...Array.from({ length: 40 }, () => ['x']), ['MA', sheetMarker('appendix', 'pb02')]];
    expect(findKeyRowInGrid(deep, ['MA'])).toBeNull();
    expect(findMarkerInGrid(deep)).toBeNull();
  });
});
