import { parseRangeAddress } from '../../src/host/excel/rectangles';

describe('parseRangeAddress', () => {
  it('reads the addresses Office.js returns, with or without a sheet part', () => {
    expect(parseRangeAddress("'Kế hoạch vốn'!B3:D9")).toEqual({ top: 2, left: 1, bottom: 8, right: 3 });
    expect(parseRangeAddress('Sheet1!$AA$10')).toEqual({ top: 9, left: 26, bottom: 9, right: 26 });
    expect(parseRangeAddress('c5:c5')).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
  });

  it('refuses anything else with one message', () => {
    for (const bad of ['Error, property was not loaded', 'A:A', 'A1:B2:C3', '']) {
      expect(() => parseRangeAddress(bad)).toThrow(/Not a range address/);
    }
  });
});
