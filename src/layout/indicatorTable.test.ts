import type { SheetSnapshot, CellSnapshot } from '../model/snapshot';
import { findIndicatorTable, matchIndicator } from './indicatorTable';
import type { Unmapped } from './mapping';
import { readLayout } from './readLayout';
import { validateLayout } from './validateLayout';
import { setIndicatorCode } from './editMapping';
import { workbookOf } from '../../tests/fixtures/ownLayout/grid';
import { camLuong, dakAng } from '../../tests/fixtures/ownLayout/corpus';

const s = (v: string): CellSnapshot => ({ v, t: 's' });
const n = (v: number): CellSnapshot => ({ v, t: 'n' });
/** An indicator appendix as Lạng Sơn 2023 wrote it (seed 001), on a sheet of its own. */
function appendix(rows: Array<[number | string, string, string, number | string | null]>): SheetSnapshot {
  return {
    name: 'Phụ lục',
    rows: [
      [s('MỤC TIÊU, NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH MTQG NĂM 2023')],
      [],
      [
        s('STT'),
        s('Danh mục mục tiêu, nhiệm vụ Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào DTTS&MN'),
        s('Đơn vị tính'),
        s('Kế hoạch năm 2023'),
        s('Ghi chú'),
      ],
      ...rows.map(([stt, name, unit, value]) => [
        typeof stt === 'number' ? n(stt) : s(stt),
        s(name),
        s(unit),
        value === null ? { v: null, t: 'z' as const } : typeof value === 'number' ? n(value) : s(value),
      ]),
    ],
  };
}

describe('matchIndicator: her wording → the program indicator', () => {
  it.each([
    ['Giảm tỷ lệ hộ nghèo năm 2023 vùng đồng bào DTTS&MN', '%', 'CT02'],
    ['Số xã thoát khỏi tình trạng đặc biệt khó khăn', 'Xã', 'CT03'],
    ['Số thôn thoát khỏi tình trạng đặc biệt khó khăn', 'Thôn', 'CT04'],
    ['Hỗ trợ đất ở', 'hộ', 'CT08'],
    ['Số hộ được hỗ trợ nhà ở', 'hộ', 'CT09'],
    ['Hỗ trợ đất sản xuất', 'hộ', 'CT10'],
    ['Hỗ trợ nước sinh hoạt phân tán', 'hộ', 'CT12'],
    ['Số người có uy tín được hỗ trợ', 'lượt người', 'CT20'],
  ])('%s (%s) → %s', (name, unit, code) => {
    expect(matchIndicator(name, unit)?.code).toBe(code);
  });
  it('near misses: a wording shared by several, a work that is no indicator, a percentage against a count', () => {
    expect(matchIndicator('Số hộ được hỗ trợ', 'hộ')).toBeNull();
    expect(matchIndicator('Xây dựng trụ sở xã', 'công trình')).toBeNull();
    // CT03 counts communes: given in % it is not that indicator.
    expect(matchIndicator('Số xã thoát khỏi địa bàn ĐBKK', '%')).toBeNull();
  });
});

describe('findIndicatorTable', () => {
  it('reads the columns by their headers and each row as its indicator', () => {
    const unmapped: Unmapped[] = [];
    const t = findIndicatorTable(
      appendix([
        [1, 'Giảm tỷ lệ hộ nghèo năm 2023 vùng đồng bào DTTS&MN', '%', 3],
        [2, 'Số xã thoát khỏi tình trạng đặc biệt khó khăn', 'Xã', 5],
        [3, 'Số thôn thoát khỏi tình trạng đặc biệt khó khăn', 'Thôn', 24],
      ]),
      unmapped,
    );
    expect(t).toMatchObject({
      sheet: 'Phụ lục',
      headerRow: 3,
      columns: { CHI_TIEU: 'B', DVT: 'C', KE_HOACH: 'D', GHI_CHU: 'E' },
      rows: [
        { row: 4, code: 'CT02' },
        { row: 5, code: 'CT03' },
        { row: 6, code: 'CT04' },
      ],
    });
    expect(unmapped).toEqual([]);
  });
  it('lists a target it cannot place, and a second row of the same indicator; skips headings without a target', () => {
    const unmapped: Unmapped[] = [];
    const t = findIndicatorTable(
      appendix([
        ['I', 'Dự án 1', '', null],
        [1, 'Số hộ được hỗ trợ nhà ở', 'hộ', 40],
        [2, 'Xây dựng trụ sở xã', 'công trình', 1],
        [3, 'Hỗ trợ nhà ở', 'hộ', 12],
      ]),
      unmapped,
    )!;
    expect(t.rows.map((r) => [r.row, r.code])).toEqual([
      [5, 'CT09'],
      [6, null],
      [7, null],
    ]);
    expect(unmapped.map((u) => [u.cell, u.why.split(' / ')[0]])).toEqual([
      ['Phụ lục!B6', 'Không nhận ra chỉ tiêu của Chương trình (CT01–CT23); sửa bằng --map'],
      ['Phụ lục!B7', 'Chỉ tiêu CT09 đã có ở trên'],
    ]);
  });
  it('near miss: a money table ("Nội dung", "Kế hoạch vốn") is no indicator table', () => {
    const sheet: SheetSnapshot = {
      name: 'KH',
      rows: [
        [s('STT'), s('Nội dung'), s('Kế hoạch vốn'), s('Ghi chú')],
        [n(1), s('Dự án 1'), n(100)],
      ],
    };
    expect(findIndicatorTable(sheet, [])).toBeNull();
  });
});

describe('readLayout finds her indicator table below her money table, never within it', () => {
  it('Đak Ang: the table after her plan is read; her plan rows are not', () => {
    const m = readLayout(workbookOf([dakAng()]).snapshot);
    expect(m.indicators?.rows.map((r) => r.code)).toEqual(['CT09', 'CT20']);
  });
  it('near miss: a plan whose headers read "Nội dung chỉ tiêu" and "Kế hoạch năm" has no indicator table', () => {
    const { snapshot, placed } = workbookOf([camLuong()]);
    const sheet = snapshot.sheets[0];
    sheet.rows[placed[0].headerTop][1] = s('Nội dung chỉ tiêu');
    // Her grand total column renamed as a plan figure: "Nội dung số 02: Hỗ trợ nhà ở" is no CT09 target.
    sheet.rows[placed[0].headerTop][placed[0].colOf(0)] = s('Kế hoạch năm 2023');
    const m = readLayout(snapshot);
    expect(m.tables).toHaveLength(1);
    expect(m.indicators).toBeUndefined();
  });
});

describe('her review of the indicator rows decides what is checked', () => {
  it('a row set to no indicator is not read; set to another, it is read as that one', () => {
    const t = dakAng();
    t.trailer![1][3] = '12 hộ';
    const { snapshot } = workbookOf([t]);
    const mapping = readLayout(snapshot);
    const row = mapping.indicators!.rows.find((r) => r.code === 'CT09')!.row;
    const slips = (m: typeof mapping) =>
      validateLayout(snapshot, m)
        .filter((f) => f.code === 'NUMBER_WITH_UNIT')
        .map((f) => f.lineCode);
    expect(slips(mapping)).toEqual(['CT09']);
    expect(slips(setIndicatorCode(mapping, row, null))).toEqual([]);
    expect(slips(setIndicatorCode(mapping, row, 'CT08'))).toEqual(['CT08']);
  });
});
