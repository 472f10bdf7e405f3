import { readColumn } from './columns';
import { readRowLabel, type RowContext } from './rows';
import { readLayout } from './readLayout';
import { validateLayout } from './validateLayout';

describe('column headers → source keys (with or without diacritics)', () => {
  it.each([
    [['Vốn đầu tư phát triển', 'NSTW'], 'amount', 'DTPT_NSTW'],
    [['Von dau tu phat trien', 'NSDP'], 'amount', 'DTPT_NSDP'],
    [['Vốn ĐTPT', 'Ngân sách địa phương'], 'amount', 'DTPT_NSDP'],
    [['Ngân sách trung ương', 'Vốn SN'], 'amount', 'SN_NSTW'],
    [['Ngan sach trung uong', 'Von su nghiep'], 'amount', 'SN_NSTW'],
    [['Ngân sách địa phương', 'ĐTPT'], 'amount', 'DTPT_NSDP'],
    [['Vốn sự nghiệp', 'NS tỉnh'], 'amount', 'SN_NSDP'],
    [['Vốn lồng ghép'], 'amount', 'LONG_GHEP'],
    [['Vốn đầu tư phát triển', 'Huy động, lồng ghép'], 'amount', 'LONG_GHEP'],
    [['Dân đóng góp'], 'amount', 'DAN_GOP'],
    [['Nhân dân đóng góp'], 'amount', 'DAN_GOP'],
    [['Vốn tín dụng chính sách'], 'amount', 'TIN_DUNG'],
    [['Huy động khác'], 'amount', 'HUY_DONG'],
    [['Vốn SN NSTW'], 'amount', 'SN_NSTW'],
    [['Tổng cộng'], 'sum', null],
    [['Vốn ĐTPT', 'Tổng'], 'sum', null],
    [['Ngân sách trung ương', 'Cộng'], 'sum', null],
    [['Ghi chú'], 'note', null],
    [['STT'], 'stt', null],
    // "thực hiện" in a plan's header is still the plan.
    [['Kế hoạch vốn thực hiện năm 2024', 'Vốn ĐTPT'], 'amount', 'DTPT'],
  ])('%j → %s %s', (path, role, key) => {
    const r = readColumn(path);
    expect([r.role, r.key]).toEqual([role, key]);
  });

  it.each([
    [['Giải ngân đến 31/12', 'Vốn ĐTPT'], 'disbursed'],
    [['Lũy kế giải ngân'], 'disbursed'],
    [['Ước thực hiện năm 2024', 'Vốn SN'], 'disbursed'],
    [['Tỷ lệ (%)'], 'rate'],
    [['Tỷ lệ giải ngân'], 'rate'],
  ])('%j is %s figures, not plan money: listed, never "money in no source"', (path, kind) => {
    expect(readColumn(path)).toMatchObject({ role: 'ignored', key: null, kind });
  });

  it('her disbursement report: the plan columns are checked, the disbursed ones and the rate only listed', () => {
    const s = (v: string) => ({ v, t: 's' as const });
    const n = (v: number) => ({ v, t: 'n' as const });
    const z = { v: null, t: 'z' as const };
    const rows = [
      [s('UBND HUYỆN A')],
      [s('BÁO CÁO GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM 2024')],
      [s('ĐVT: triệu đồng')],
      [s('STT'), s('Nội dung'), s('Kế hoạch vốn năm 2024'), z, s('Giải ngân đến 31/12'), z, s('Tỷ lệ (%)')],
      [z, z, s('Vốn ĐTPT'), s('Vốn SN'), s('Vốn ĐTPT'), s('Vốn SN'), z],
      [z, s('TỔNG CỘNG'), n(1000), n(500), n(900), n(450), n(90)],
      [s('I'), s('Dự án 1: Giải quyết tình trạng thiếu đất ở'), n(1000), n(500), n(900), n(450), n(90)],
    ];
    const snapshot = { sheets: [{ name: 'GN', rows }] };
    const mapping = readLayout(snapshot);
    expect(mapping.tables[0].columns.map((c) => c.key ?? c.kind ?? c.role)).toEqual([
      'stt',
      'name',
      'DTPT',
      'SN',
      'disbursed',
      'disbursed',
      'rate',
    ]);
    expect(validateLayout(snapshot, mapping).filter((f) => f.code === 'NOT_IN_ANY_TOTAL')).toEqual([]);
    // Near miss: an unknown money column ("Viện trợ") still is money in no source.
    rows[3][7] = s('Viện trợ');
    rows[5][7] = n(5);
    rows[6][7] = n(5);
    const withAid = readLayout(snapshot);
    expect(validateLayout(snapshot, withAid).filter((f) => f.code === 'NOT_IN_ANY_TOTAL')).toHaveLength(1);
  });

  it('names what it cannot place instead of guessing', () => {
    expect(readColumn(['Vốn ODA'])).toMatchObject({
      role: 'ignored',
      key: null,
      why: expect.stringMatching(/not recognised/),
    });
    expect(readColumn(['Ngân sách trung ương'])).toMatchObject({
      role: 'ignored',
      why: expect.stringMatching(/capital type/),
    });
  });
});

describe('row labels → catalog lines', () => {
  const ctx = (project: string | null, line: string | null = project): RowContext => ({ project, line });
  it.each([
    ['I', 'Dự án 1: Giải quyết tình trạng thiếu đất ở', ctx(null), 'DA1'],
    ['1', 'DA 1', ctx(null), 'DA1'],
    ['', 'Du an 10: Truyen thong', ctx(null), 'DA10'],
    ['2', 'Tiểu dự án 2', ctx('DA5'), 'DA5.TDA2'],
    ['2', 'TDA2', ctx('DA3'), 'DA3.TDA2'],
    ['1', 'Nội dung số 1', ctx('DA4', 'DA4.TDA1'), 'DA4.TDA1.ND1'],
    ['a', 'Nội dung 2: Hỗ trợ nhà ở', ctx('DA1', 'DA1.ND1'), 'DA1.ND2'],
    ['5', 'Dự án 9 – Tiểu dự án 2', ctx('DA1'), 'DA9.TDA2'],
    ['2', 'Dự án 4 (Tiểu dự án 1)', ctx(null), 'DA4.TDA1'],
    ['1.2', 'Tiểu dự án 3: Dự án phát triển giáo dục nghề nghiệp', ctx('DA5', 'DA5.TDA1'), 'DA5.TDA3'],
    ['a', 'Hỗ trợ nước sinh hoạt phân tán', ctx('DA1', 'DA1.ND4'), 'DA1.ND4.PT'],
  ])('%s | %s → %s', (stt, name, c, code) => {
    expect(readRowLabel(stt, name, c)).toEqual({ kind: 'line', code });
  });

  it('reads totals, detail rows and names what it cannot place', () => {
    expect(readRowLabel('', 'TỔNG CỘNG', ctx(null)).kind).toBe('total');
    expect(readRowLabel('', 'Cộng', ctx('DA1')).kind).toBe('total');
    expect(readRowLabel('-', 'Đường Đăk Ang – Đăk Nông', ctx('DA4', 'DA4.TDA1')).kind).toBe('detail');
    expect(readRowLabel('1', 'Xã Đăk Nông', ctx('DA4', 'DA4.TDA1')).kind).toBe('detail');
    expect(readRowLabel('', 'Tiểu dự án 2', ctx(null))).toMatchObject({ kind: 'unknown' });
    expect(readRowLabel('', 'Dự án 12: không có', ctx(null))).toMatchObject({
      kind: 'unknown',
      why: expect.stringMatching(/DA12/),
    });
  });
});

describe('a table without an STT column', () => {
  it('is found by its content header and money headers, rows read by label alone', () => {
    const t = (v: string) => ({ v, t: 's' as const });
    const n = (v: number) => ({ v, t: 'n' as const });
    const snapshot = {
      sheets: [
        {
          name: 'Bang',
          rows: [
            [t('KẾ HOẠCH VỐN NĂM 2024')],
            [t('ĐVT: triệu đồng')],
            [t('Nội dung'), t('Tổng cộng'), t('Vốn SN NSTW'), t('Vốn SN NSĐP')],
            [t('Dự án 8: Bình đẳng giới'), n(105), n(100), n(5)],
            [t('TỔNG CỘNG'), n(105), n(100), n(5)],
          ],
        },
      ],
    };
    const m = readLayout(snapshot);
    expect(m.tables[0].columns.map((c) => [c.col, c.role, c.key])).toEqual([
      ['A', 'name', null],
      ['B', 'sum', 'TONG'],
      ['C', 'amount', 'SN_NSTW'],
      ['D', 'amount', 'SN_NSDP'],
    ]);
    expect(m.tables[0].rows.map((r) => [r.row, r.kind, r.lineCode ?? ''])).toEqual([
      [4, 'line', 'DA8'],
      [5, 'total', ''],
    ]);
    expect(validateLayout(snapshot, m).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
