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
    [['Vốn năm trước kéo dài sang', 'Vốn ĐTPT'], 'carried'],
    [['Kế hoạch năm 2023 kéo dài sang 2024', 'ĐTPT'], 'carried'],
    [['Đã giải ngân vốn kéo dài'], 'disbursed'],
    [['Số vốn còn lại chưa giải ngân'], 'disbursed'],
    [['Quy mô (km)'], 'quantity'],
    [['Số hộ hưởng lợi'], 'quantity'],
    [['Khối lượng'], 'quantity'],
    [['Đơn giá'], 'quantity'],
    [['Giải ngân đến 31/12', 'Vốn ĐTPT'], 'disbursed'],
    [['Lũy kế giải ngân'], 'disbursed'],
    [['Ước thực hiện năm 2024', 'Vốn SN'], 'disbursed'],
    [['Tỷ lệ (%)'], 'rate'],
    [['Tỷ lệ giải ngân'], 'rate'],
  ])('%j is %s figures, not plan money: listed, never "money in no source"', (path, kind) => {
    expect(readColumn(path)).toMatchObject({ role: 'ignored', key: null, kind });
  });

  it('this year’s disbursed figures are held against the plan, those of carried-over funds against those funds, what is left against nothing', () => {
    expect(readColumn(['Giải ngân đến 31/12', 'Vốn SN']).disbursedOf).toBe('SN');
    expect(readColumn(['Đã giải ngân vốn kéo dài']).disbursedOf).toBe('KD');
    expect(readColumn(['Vốn kéo dài', 'Đã giải ngân', 'ĐTPT']).disbursedOf).toBe('KD_DTPT');
    expect(readColumn(['Vốn năm trước kéo dài sang', 'Vốn SN'])).toMatchObject({
      kind: 'carried',
      disbursedOf: 'KD_SN',
    });
    expect(readColumn(['Số vốn còn lại chưa giải ngân']).disbursedOf).toBeUndefined();
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

  it('a row of works ("Công trình …") is a detail row, not a total: folded, "công" reads as "cộng"', () => {
    const at = ctx('DA1', 'DA1.ND4');
    for (const name of ['Công trình nước sinh hoạt thôn 3', 'CÔNG TRÌNH NƯỚC SINH HOẠT', 'Cong trinh nuoc thon 3'])
      expect([name, readRowLabel('-', name, at).kind]).toEqual([name, 'detail']);
    expect(readRowLabel('1', 'Công tác kiểm tra, giám sát', at).kind).toBe('detail');
    // Near miss: the sums stay sums, with or without marks.
    for (const name of ['Cộng', 'CỘNG', 'Cộng nội dung 4', 'Cong', 'Tổng cộng'])
      expect([name, readRowLabel('', name, at).kind]).toEqual([name, 'total']);
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

describe('a "Trong đó" row restates part of the row above', () => {
  const t = (v: string) => ({ v, t: 's' as const });
  const n = (v: number) => ({ v, t: 'n' as const });
  const table = (label: string) => ({
    sheets: [
      {
        name: 'Bang',
        rows: [
          [t('KẾ HOẠCH VỐN NĂM 2024')],
          [t('ĐVT: triệu đồng')],
          [t('STT'), t('Nội dung'), t('Tổng cộng'), t('Vốn SN NSTW'), t('Vốn SN NSĐP')],
          [t('I'), t('Dự án 8: Bình đẳng giới'), n(105), n(100), n(5)],
          [t('-'), t(label), n(40), n(40), n(0)],
          [t(''), t('TỔNG CỘNG'), n(105), n(100), n(5)],
        ],
      },
    ],
  });
  it.each(['Trong đó: các xã khu vực III', 'Trong số đó: hỗ trợ phụ nữ', 'Bao gồm: tập huấn'])(
    '"%s" is read as such and never added: no finding',
    (label) => {
      const snapshot = table(label);
      const m = readLayout(snapshot);
      expect(m.tables[0].rows.map((r) => r.kind)).toEqual(['line', 'part', 'total']);
      expect(validateLayout(snapshot, m)).toEqual([]);
    },
  );
  it('near miss: a work row under the line is a detail row, added (40 of 100: her line disagrees)', () => {
    const snapshot = table('Tập huấn cán bộ hội phụ nữ');
    const m = readLayout(snapshot);
    expect(m.tables[0].rows.map((r) => r.kind)).toEqual(['line', 'detail', 'total']);
    expect(validateLayout(snapshot, m).length).toBeGreaterThan(0);
  });
});

describe('"Cộng dự án 4" under its rows', () => {
  const t = (v: string) => ({ v, t: 's' as const });
  const n = (v: number) => ({ v, t: 'n' as const });
  const z = { v: null, t: 'z' as const };
  const table = (heading: [typeof z | ReturnType<typeof n>, typeof z | ReturnType<typeof n>], subtotal = 150) => ({
    sheets: [
      {
        name: 'Bang',
        rows: [
          [t('KẾ HOẠCH VỐN NĂM 2024')],
          [t('ĐVT: triệu đồng')],
          [t('STT'), t('Nội dung'), t('Vốn ĐTPT NSTW'), t('Vốn ĐTPT NSĐP')],
          [t('I'), t('Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu'), ...heading],
          [t('1'), t('Tiểu dự án 1'), n(100), n(5)],
          [t('2'), t('Tiểu dự án 2'), n(50), n(2.5)],
          [t(''), t('Cộng dự án 4'), n(subtotal), n(7.5)],
          [t(''), t('TỔNG CỘNG'), n(150), n(7.5)],
        ],
      },
    ],
  });
  it('is the line’s total when its heading above carries no figure: checked against its rows, no "money in no line"', () => {
    const snapshot = table([z, z]);
    const m = readLayout(snapshot);
    expect(m.tables[0].rows.map((r) => [r.row, r.kind, r.lineCode ?? ''])).toEqual([
      [4, 'part', ''],
      [5, 'line', 'DA4.TDA1'],
      [6, 'line', 'DA4.TDA2'],
      [7, 'line', 'DA4'],
      [8, 'total', ''],
    ]);
    expect(validateLayout(snapshot, m)).toEqual([]);
    // Her subtotal typed 10 short is judged against its rows, at its cell.
    const short = table([z, z], 140);
    expect(validateLayout(short, readLayout(short)).map((f) => `${f.code}@${f.cell}`)).toContain('SUM_MISMATCH@C7');
  });
  it('near miss: a heading that carries the figures leaves "Cộng dự án 4" restating them, never added', () => {
    const snapshot = table([n(150), n(7.5)]);
    const m = readLayout(snapshot);
    expect(m.tables[0].rows.map((r) => r.kind)).toEqual(['line', 'line', 'line', 'part', 'total']);
    expect(validateLayout(snapshot, m)).toEqual([]);
  });
});
