import type { WorkbookSnapshot } from '../model/snapshot';
import { SnapshotBuilder } from '../validation/testing/snapshotBuilder';
import { cellText, carriesMoney, planDateText, readAppendixModel, summedFigure } from './readWorkbook';

const sheet = (s: WorkbookSnapshot, name: string) => s.sheets.find((x) => x.name === name)!;
const dropKey = (s: WorkbookSnapshot, name: string, key: string) => {
  const keyRow = sheet(s, name).rows[1];
  keyRow[keyRow.findIndex((c) => c?.v === key)] = { v: null, t: 'z' };
  return s;
};

describe('readAppendixModel on a built workbook', () => {
  it('settings: the plan date serial as dd/mm/yyyy, the as-of date normalised, the year only with a settings sheet', () => {
    const s = new SnapshotBuilder({ year: 2025 })
      .setting('NGAY_KE_HOACH', 45316)
      .setting('NGAY_SO_LIEU', ' 2025-09-30 ')
      .setting('SO_KE_HOACH', '125')
      .build();
    expect(readAppendixModel(s).settings).toMatchObject({
      year: 2025,
      planDate: '25/01/2024',
      asOfDate: '30/09/2025',
      planNumber: '125',
    });
    const typed = new SnapshotBuilder().setting('NGAY_SO_LIEU', ' cuối quý ').build();
    expect(readAppendixModel(typed).settings.asOfDate).toBe('cuối quý');
    const none = new SnapshotBuilder().omitSheet('settings').build();
    expect(readAppendixModel(none).settings).toMatchObject({ year: null, unit: 'trieu', asOfDate: '' });
  });

  it('plan rows in sheet order with their names and amounts as Excel sums them (text counts nothing)', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 70).plan('DA8', 'SN_NSDP', '30');
    const d = b.detail('DA8', '  Nhà văn hóa  ');
    b.plan(d, 'SN_NSTW', 70);
    const rows = readAppendixModel(b.build()).planRows;
    expect(rows[0].code).toBe('TONG');
    const codes = rows.map((r) => r.code);
    expect(codes.indexOf(d)).toBe(codes.indexOf('DA8') + 1);
    const da8 = rows.find((r) => r.code === 'DA8')!;
    expect([da8.amounts.SN_NSTW, da8.amounts.SN_NSDP, da8.amounts.SN]).toEqual([70, 0, 70]);
    expect(rows.find((r) => r.code === d)).toMatchObject({ name: 'Nhà văn hóa', note: '' });
  });

  it('a plan without a source column reads 0 there', () => {
    const s = dropKey(new SnapshotBuilder().plan('DA8', 'DAN_GOP', 9).build(), 'Kế hoạch vốn', 'DAN_GOP');
    expect(readAppendixModel(s).planRows.find((r) => r.code === 'DA8')!.amounts.DAN_GOP).toBe(0);
  });

  it('indicator targets: numbers stay numbers, text is copied as typed, blanks are null', () => {
    const b = new SnapshotBuilder()
      .indicator('CT12', 40)
      .indicator('CT13', ' 04 hộ ')
      .indicator('CT14', { v: 0.5, t: 'n', nf: '0%' });
    const ind = readAppendixModel(b.build()).indicators;
    const target = (code: string) => ind.find((i) => i.code === code)!.target;
    expect([target('CT12'), target('CT13'), target('CT14'), target('CT10')]).toEqual([40, '04 hộ', 50, null]);
    expect(ind.map((i) => i.code)).toEqual([...ind.map((i) => i.code)].sort());
    expect(ind.find((i) => i.code === 'CT12')!.unit).toBe('hộ');
  });

  it('an indicator sheet without its target column gives null targets', () => {
    const s = dropKey(new SnapshotBuilder().indicator('CT12', 40).build(), 'Chỉ tiêu', 'KE_HOACH');
    expect(readAppendixModel(s).indicators.every((i) => i.target === null)).toBe(true);
  });

  it('Giải ngân rows with their amounts; none without the sheet', () => {
    const b = new SnapshotBuilder().plan('DA8', 'SN_NSTW', 500).disb('DA8', 'GN_SN', 300);
    const rows = readAppendixModel(b.build()).disbursementRows;
    expect(rows.find((r) => r.code === 'DA8')!.amounts.GN_SN).toBe(300);
    expect(readAppendixModel(new SnapshotBuilder().build()).disbursementRows).toEqual([]);
  });
});

describe('cell readers of the appendix', () => {
  it('cellText trims; errors and blanks are empty', () => {
    expect(cellText({ v: '  Dự án 8 ', t: 's' })).toBe('Dự án 8');
    expect(cellText({ v: 12, t: 'n' })).toBe('12');
    expect(cellText({ v: '#REF!', t: 'e' })).toBe('');
    expect(cellText({ v: null, t: 'z' })).toBe('');
  });

  it('summedFigure: stored numbers only', () => {
    expect(summedFigure({ v: 12.5, t: 'n', nf: '0%' })).toBe(12.5);
    expect(summedFigure({ v: '1.500', t: 's' })).toBe(0);
    expect(summedFigure({ v: '#N/A', t: 'e' })).toBe(0);
  });

  it('planDateText: five-digit serials between 20000 and 80000 only, fractions rounded', () => {
    expect(planDateText('45316.6')).toBe('26/01/2024');
    expect(planDateText('20000')).toBe('20000');
    expect(planDateText('20001')).toBe('04/10/1954');
    expect(planDateText('79999')).toBe('10/01/2119');
    expect(planDateText('80000')).toBe('80000');
    expect(planDateText('453160')).toBe('453160');
    expect(planDateText('4531')).toBe('4531');
  });

  it('carriesMoney: the total or any typed source non-zero', () => {
    const zero = {
      TONG: 0,
      DTPT: 0,
      DTPT_NSTW: 0,
      DTPT_NSDP: 0,
      SN: 0,
      SN_NSTW: 0,
      SN_NSDP: 0,
      LONG_GHEP: 0,
      TIN_DUNG: 0,
      HUY_DONG: 0,
      DAN_GOP: 0,
    };
    const row = (amounts: Partial<typeof zero>) => ({
      code: 'DA8',
      name: '',
      note: '',
      amounts: { ...zero, ...amounts },
    });
    expect(carriesMoney(row({}))).toBe(false);
    expect(carriesMoney(row({ TONG: -1 }))).toBe(true);
    expect(carriesMoney(row({ DAN_GOP: 2 }))).toBe(true);
    expect(carriesMoney(row({ SN: 5 }))).toBe(false);
  });
});
