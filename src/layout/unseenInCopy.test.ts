import { cellsOf } from './unseenInCopy';

describe('cellsOf: the cells a note or a remark names', () => {
  it('reads one cell, cells of one sheet joined, and full references joined', () => {
    expect(cellsOf('KH 2024!D6')).toEqual(['KH 2024!D6']);
    expect(cellsOf('KH 2024!D6+D7+D12')).toEqual(['KH 2024!D6', 'KH 2024!D7', 'KH 2024!D12']);
    expect(cellsOf('GN!E5+GN!F5')).toEqual(['GN!E5', 'GN!F5']);
  });

  it('near miss: a range or no cell names none it can hold', () => {
    expect(cellsOf('KH 2024!D5:D9')).toEqual([]);
    expect(cellsOf('')).toEqual([]);
  });
});
