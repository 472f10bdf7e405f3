import type { CellSnapshot, WorkbookSnapshot } from '../model/snapshot';
import { readLayout } from './readLayout';
import { validateLayout } from './validateLayout';
import { setColumnChoice } from './editMapping';

const s = (v: string): CellSnapshot => ({ v, t: 's' });
const n = (v: number): CellSnapshot => ({ v, t: 'n' });
const z: CellSnapshot = { v: null, t: 'z' };

/**
 * Her disbursement report: plan and disbursed by capital type, a rate, a total row. `dtpt` and
 * `kh` are DA1's disbursed and planned ĐTPT (the total row kept consistent with the plan).
 */
function report(dtpt: CellSnapshot = n(900), kh: CellSnapshot = n(1000)): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: 'GN',
        rows: [
          [s('UBND HUYỆN A')],
          [s('BÁO CÁO GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM 2024')],
          [s('ĐVT: triệu đồng')],
          [s('STT'), s('Nội dung'), s('Kế hoạch vốn năm 2024'), z, s('Giải ngân đến 31/12'), z, s('Tỷ lệ (%)')],
          [z, z, s('Vốn ĐTPT'), s('Vốn SN'), s('Vốn ĐTPT'), s('Vốn SN'), z],
          [z, s('TỔNG CỘNG'), n(1000), n(500), n(900), n(450), n(90)],
          [s('I'), s('Dự án 1: Giải quyết tình trạng thiếu đất ở'), kh, n(500), dtpt, n(450), n(90)],
        ],
      },
    ],
  };
}
const shown = (snapshot: WorkbookSnapshot) =>
  validateLayout(snapshot, readLayout(snapshot)).map((f) => `${f.code}@${f.cell}:${f.severity}`);

describe('her disbursement report is read as a plan with disbursed figures beside it', () => {
  it('the plan columns are sources; the disbursed ones and the rate are listed, never "money in no source"', () => {
    const snapshot = report();
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
    expect(mapping.tables[0].columns.map((c) => c.disbursedOf ?? '')).toEqual(['', '', '', '', 'DTPT', 'SN', '']);
    expect(validateLayout(snapshot, mapping).filter((f) => f.code === 'NOT_IN_ANY_TOTAL')).toEqual([]);
  });
  it('her works with their size and carried-over funds beside the plan: listed, not "money in no source"', () => {
    const snapshot = report();
    const rows = snapshot.sheets[0].rows;
    rows[3][7] = s('Quy mô (km)');
    rows[3][8] = s('Vốn năm trước kéo dài sang');
    rows[6][7] = n(12.5);
    rows[6][8] = n(300);
    const mapping = readLayout(snapshot);
    expect(mapping.tables[0].columns.slice(7).map((c) => c.kind)).toEqual(['quantity', 'carried']);
    expect(validateLayout(snapshot, mapping)).toEqual([]);
  });
  it('near miss: an unknown money column ("Viện trợ") still is money in no source', () => {
    const snapshot = report();
    const rows = snapshot.sheets[0].rows;
    rows[3][7] = s('Viện trợ');
    rows[5][7] = n(5);
    rows[6][7] = n(5);
    expect(validateLayout(snapshot, readLayout(snapshot)).filter((f) => f.code === 'NOT_IN_ANY_TOTAL')).toHaveLength(1);
  });
});

describe('her disbursement report: disbursed at most its plan, row by row', () => {
  it('as made: nothing', () => {
    expect(shown(report())).toEqual([]);
  });
  it('disbursed above the plan of its capital type: at her disbursed cell', () => {
    const found = validateLayout(report(n(1100)), readLayout(report(n(1100))));
    expect(found.map((f) => `${f.code}@${f.cell}`)).toEqual(['DISBURSED_OVER_PLAN@E7']);
    expect(found[0].message).toMatch(
      /^Giải ngân vượt kế hoạch 100 triệu đồng .* kế hoạch 1\.000 triệu đồng, giải ngân/,
    );
  });
  it('typed in nghìn đồng (~1.000 × the plan): the one unit slip there, with the figure meant', () => {
    expect(shown(report(n(900_000)))).toEqual(['UNIT_SUSPECT@E7:error']);
    const [slip] = validateLayout(report(n(900_000)), readLayout(report(n(900_000))));
    // "Đúng ra" in the pane: 900 (÷1.000), not the plan of 1.000 it was compared with.
    expect([slip.actual, slip.expected]).toEqual([900_000, 900]);
  });
  it('text where a figure belongs: one finding at her cell', () => {
    expect(shown(report(s('chưa có')))).toEqual(['NOT_A_NUMBER@E7:error']);
  });
  it('near misses: within the rounding of the figures, and a plan figure she did not type as a figure', () => {
    expect(shown(report(n(1000.4), n(1000)))).toEqual([]);
    // Her plan cell holds text: its own finding, not also "disbursed over a plan of 0".
    expect(shown(report(n(900), s('một tỷ'))).filter((f) => f.includes('E7'))).toEqual([]);
  });
});

describe('her review of the mapping decides', () => {
  it('a disbursed column she maps to a source is plan money: no longer judged as disbursed', () => {
    const snapshot = report(n(1100));
    const mapping = readLayout(snapshot);
    const asPlan = setColumnChoice(mapping, 0, 'E', 'LONG_GHEP');
    expect(validateLayout(snapshot, asPlan).filter((f) => f.code === 'DISBURSED_OVER_PLAN')).toEqual([]);
    // Near miss: set back to "not used", it is still read as disbursed figures and judged.
    const ignored = setColumnChoice(asPlan, 0, 'E', 'ignored');
    expect(validateLayout(snapshot, setColumnChoice(mapping, 0, 'E', 'ignored')).map((f) => f.code)).toEqual([
      'DISBURSED_OVER_PLAN',
    ]);
    expect(ignored.tables[0].columns.find((c) => c.col === 'E')?.kind).toBeUndefined();
  });
});

describe('disbursed from carried-over funds: at most those funds, not this year’s plan', () => {
  const carried = (gnkd: number, kd: CellSnapshot = n(300)) => {
    const snapshot = report();
    const rows = snapshot.sheets[0].rows;
    rows[3][7] = s('Vốn năm trước kéo dài sang');
    rows[3][8] = s('Đã giải ngân vốn kéo dài');
    rows[5][7] = n(300);
    rows[5][8] = n(280);
    rows[6][7] = kd;
    rows[6][8] = n(gnkd);
    return snapshot;
  };
  it('within the carried-over funds: nothing (280 of 300, while the year plan would not matter)', () => {
    expect(shown(carried(280))).toEqual([]);
  });
  it('above them: at her cell, naming the funds it is held against', () => {
    const snapshot = carried(320);
    const found = validateLayout(snapshot, readLayout(snapshot));
    expect(found.map((f) => `${f.code}@${f.cell}`)).toEqual(['DISBURSED_OVER_PLAN@I7']);
    expect(found[0].message).toMatch(
      /^Giải ngân vượt vốn kéo dài 20 triệu đồng .*vốn kéo dài 300 triệu đồng, giải ngân/,
    );
    expect(shown(carried(280_000))).toEqual(['UNIT_SUSPECT@I7:error']);
  });
  it('near miss: carried-over funds typed as text are their own slip, not also "disbursed over 0"', () => {
    expect(shown(carried(280, s('ba trăm'))).filter((f) => f.includes('7:'))).toEqual(['NOT_A_NUMBER@H7:error']);
  });
});
