import type { WorkbookSnapshot } from '../../model/snapshot';
import { SnapshotBuilder } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkNumberWithUnit, splitNumberWithUnit } from './numberWithUnit';

const money = (text: string, unit: 'trieu' | 'dong' | 'nghin' = 'trieu') =>
  runCheck(checkNumberWithUnit, new SnapshotBuilder({ unit }).plan('DA8', 'SN_NSTW', text))[0];

describe('NUMBER_WITH_UNIT: money words', () => {
  it.each([
    ['2 tỷ', 2000],
    ['2 tỉ đồng', 2000],
    ['2 Tỷ  Đồng', 2000],
    ['2 triệu', 2],
    ['2 tr', 2],
    ['2 trđ', 2],
    ['2 tr.đ', 2],
    ['2 triệu đồng', 2],
    ['2000 nghìn', 2],
    ['2000 ngàn', 2],
    ['2000 nghìn đồng', 2],
    ['2000 ngàn đồng', 2],
    ['2000 k', 2],
    ['2000000 đồng', 2],
    ['2000000 đ', 2],
    ['2000000 VNĐ', 2],
    ['2000000 vnd', 2],
  ])('"%s" is %d triệu đồng, the figure the totals miss', (text, meant) => {
    const f = money(text);
    expect(f.actual).toBe(meant);
    expect(f.message).toContain(`nhập số theo triệu đồng của trang: ${meant === 2000 ? '2.000' : meant}`);
  });

  it('a count or another word is no money: no figure, and counts go on Chỉ tiêu', () => {
    for (const text of ['2 hộ', '2 triệu hộ', '2 tỷ lệ', '2 kg'])
      expect([text, money(text).actual, money(text).messageEn]).toEqual([
        text,
        undefined,
        `"${text}" is a number with its unit, text to Excel (skipped by sums): a money cell takes the amount in million VND only; counts ("${text.slice(2)}") go on the indicator sheet — DA8 · recurrent central.`,
      ]);
  });

  it('converted to the workbook unit: nghìn đồng', () => {
    const f = money('1,5 triệu', 'nghin');
    expect([f.actual, f.message, f.messageEn]).toEqual([
      1500,
      '"1,5 triệu" là số kèm đơn vị, Excel coi là chữ và không cộng: nhập số theo nghìn đồng của trang: 1.500 — DA8 · SN NSTW.',
      '"1,5 triệu" is a number with its unit, text to Excel (skipped by sums): type the number in the sheet\'s thousand VND: 1,500 — DA8 · recurrent central.',
    ]);
  });
});

describe('NUMBER_WITH_UNIT on Chỉ tiêu', () => {
  const indicator = (text: string, dvt?: string | null) => {
    const s: WorkbookSnapshot = new SnapshotBuilder().indicator('CT12', text).build();
    const ind = s.sheets.find((x) => x.name === 'Chỉ tiêu')!;
    const dvtCol = ind.rows[1].findIndex((c) => c?.v === 'DVT');
    const row = ind.rows.findIndex((r) => r?.[1]?.v === 'CT12' || r?.some((c) => c?.v === 'CT12'));
    if (dvt === null) ind.rows[1][dvtCol] = { v: null, t: 'z' };
    else if (dvt !== undefined) ind.rows[row][dvtCol] = { v: dvt, t: 's' };
    return runCheck(checkNumberWithUnit, s)[0];
  };

  it('a unit other than the ĐVT column says both', () => {
    expect([indicator('04 người').message, indicator('04 người').messageEn]).toEqual([
      '"04 người" là số kèm đơn vị, Excel coi là chữ và không cộng: chỉ nhập số 04; cột ĐVT ghi "hộ", khác "người" đã gõ — CT12.',
      '"04 người" is a number with its unit, text to Excel (skipped by sums): type the number 04 only; the ĐVT column says "hộ", not "người" as typed — CT12.',
    ]);
  });

  it('the same unit in any case, or an empty ĐVT cell: the unit goes in ĐVT', () => {
    expect(indicator('04 HỘ').message).toContain('chỉ nhập số 04, đơn vị "HỘ" ghi ở cột ĐVT');
    expect(indicator('04 hộ', '').message).toContain('chỉ nhập số 04, đơn vị "hộ" ghi ở cột ĐVT');
  });

  it('a sheet without a ĐVT column: just the number', () => {
    const f = indicator('04 hộ', null);
    expect([f.message, f.messageEn]).toEqual([
      '"04 hộ" là số kèm đơn vị, Excel coi là chữ và không cộng: chỉ nhập số 04 — CT12.',
      '"04 hộ" is a number with its unit, text to Excel (skipped by sums): type the number 04 only — CT12.',
    ]);
  });
});

describe('splitNumberWithUnit', () => {
  it('splits sign, grouped digits and a unit with marks, slashes and superscripts', () => {
    expect(splitNumberWithUnit(' -1.500,5 m² ')).toEqual({ number: '-1.500,5', value: -1500.5, unit: 'm²' });
    expect(splitNumberWithUnit('12 km/h')).toEqual({ number: '12', value: 12, unit: 'km/h' });
    expect(splitNumberWithUnit('18.939km')).toEqual({ number: '18.939', value: 18939, unit: 'km' });
    expect(splitNumberWithUnit('12%')).toBeNull();
    expect(splitNumberWithUnit('1.2.3 hộ')).toBeNull();
    expect(splitNumberWithUnit('hộ 12')).toBeNull();
  });
});
