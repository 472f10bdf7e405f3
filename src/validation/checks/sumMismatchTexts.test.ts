import type { Finding } from '../../model/finding';
import { SnapshotBuilder } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkSumMismatch } from './sumMismatch';

/** Giao vốn DA4 against its two sub-projects (600 + 300). */
const parent = (total: number) =>
  new SnapshotBuilder()
    .alloc('DA4', 'DTPT_NSTW', total)
    .alloc('DA4.TDA1', 'DTPT_NSTW', 600)
    .alloc('DA4.TDA2', 'DTPT_NSTW', 300);
const full = (f: Finding[]) => f.map((x) => [x.code, x.severity, x.cell, x.expected, x.actual, x.message, x.messageEn]);
const figures = (total: string, totalEn: string) => [
  `DA4 · ĐTPT NSTW: ${total} so với 900 triệu đồng (F20+F23).`,
  `DA4 · investment central: ${totalEn} vs 900 million VND (F20+F23).`,
];

describe('SUM_MISMATCH, ROUNDING_DIFF and UNIT_SUSPECT texts of a total against its parts', () => {
  it('within rounding', () => {
    const [vi, en] = figures('900,001', '900.001');
    expect(full(runCheck(checkSumMismatch, parent(900.001)))).toEqual([
      [
        'ROUNDING_DIFF',
        'info',
        'F19',
        900,
        900.001,
        `Ô tổng lệch tổng các dòng con 0,001 triệu đồng (1.000 đồng), trong sai số làm tròn — ${vi}`,
        `The total differs from the sum of its child lines by 0.001 million VND (1,000 VND), within rounding — ${en}`,
      ],
    ]);
  });

  it('a thousand times larger, or smaller (no smaller unit to blame: a unit slip all the same)', () => {
    const [vi, en] = figures('900.000', '900,000');
    expect(full(runCheck(checkSumMismatch, parent(900_000)))).toEqual([
      [
        'UNIT_SUSPECT',
        'error',
        'F19',
        900,
        900_000,
        `Ô tổng gấp khoảng 1.000 lần tổng các dòng con: có vẻ nhập theo nghìn đồng thay vì triệu đồng — ${vi}`,
        `The total is about 1,000 times larger than the sum of its child lines: it looks typed in thousand VND instead of million VND — ${en}`,
      ],
    ]);
    const [vi2, en2] = figures('0,9', '0.9');
    expect(full(runCheck(checkSumMismatch, parent(0.9)))).toEqual([
      [
        'UNIT_SUSPECT',
        'error',
        'F19',
        900,
        0.9,
        `Ô tổng nhỏ hơn tổng các dòng con khoảng 1.000 lần: nghi nhầm đơn vị tính — ${vi2}`,
        `The total is about 1,000 times smaller than the sum of its child lines: it looks like a unit slip — ${en2}`,
      ],
    ]);
  });

  it('below its parts; a total column below its sources', () => {
    const [vi, en] = figures('800', '800');
    expect(full(runCheck(checkSumMismatch, parent(800)))).toEqual([
      [
        'SUM_MISMATCH',
        'error',
        'F19',
        900,
        800,
        `Ô tổng thấp hơn tổng các dòng con 100 triệu đồng (100.000.000 đồng) — ${vi}`,
        `The total is 100 million VND (100,000,000 VND) below the sum of its child lines — ${en}`,
      ],
    ]);
    const sources = new SnapshotBuilder()
      .alloc('DA8', 'SN_NSTW', 100)
      .alloc('DA8', 'SN_NSDP', 20)
      .alloc('DA8', 'SN', { v: 100, t: 'n', f: '=SUM(I31)' });
    expect(full(runCheck(checkSumMismatch, sources))).toEqual([
      [
        'SUM_MISMATCH',
        'error',
        'H31',
        120,
        100,
        'Ô tổng thấp hơn tổng các nguồn 20 triệu đồng (20.000.000 đồng) — DA8 · Tổng SN: 100 so với 120 triệu đồng (I31+J31).',
        'The total is 20 million VND (20,000,000 VND) below the sum of its sources — DA8 · recurrent total: 100 vs 120 million VND (I31+J31).',
      ],
    ]);
  });
});
