import type { Finding } from '../../model/finding';
import { SnapshotBuilder, constant } from '../testing/snapshotBuilder';
import { runCheck } from '../testing/runCheck';
import { checkHardcodedTotal } from './hardcodedTotal';
import { checkSumMismatch } from './sumMismatch';

const base = () => new SnapshotBuilder().plan('DA8', 'SN_NSTW', 500).disb('DA8', 'GN_SN', 300);
const onDisb = (f: Finding[]) =>
  f
    .filter((x) => x.sheet === 'Giải ngân')
    .map((x) => [x.code, x.severity, x.cell, x.lineCode, x.expected, x.actual, x.message, x.messageEn]);
const formula = (v: number, nf?: string) => ({ v, t: 'n' as const, f: '=SUM(K10)', ...(nf ? { nf } : {}) });
const tail = (total: string, totalEn: string, sum: string, sumEn: string) => [
  `Dòng tổng · Giải ngân SN: ${total} so với tổng các dòng con ${sum} triệu đồng.`,
  `Total row · recurrent disbursed: ${totalEn} vs the sum of its rows ${sumEn} million VND.`,
];

describe('Giải ngân totals: SUM_MISMATCH, ROUNDING_DIFF and HARDCODED_TOTAL texts', () => {
  it('a formula total above or below its rows', () => {
    const [vi, en] = tail('350', '350', '300', '300');
    expect(onDisb(runCheck(checkSumMismatch, base().disb('TONG', 'GN_SN', formula(350))))).toEqual([
      [
        'SUM_MISMATCH',
        'error',
        'K4',
        'TONG',
        300,
        350,
        `Ô tổng cao hơn tổng các dòng con 50 triệu đồng (50.000.000 đồng) — ${vi}`,
        `The total is 50 million VND (50,000,000 VND) above the sum of its rows — ${en}`,
      ],
    ]);
    const [vi2, en2] = tail('250', '250', '300', '300');
    expect(onDisb(runCheck(checkSumMismatch, base().disb('TONG', 'GN_SN', formula(250))))).toEqual([
      [
        'SUM_MISMATCH',
        'error',
        'K4',
        'TONG',
        300,
        250,
        `Ô tổng thấp hơn tổng các dòng con 50 triệu đồng (50.000.000 đồng) — ${vi2}`,
        `The total is 50 million VND (50,000,000 VND) below the sum of its rows — ${en2}`,
      ],
    ]);
  });

  it('a formula total within the rounding of its typed rows is a rounding difference; just outside it a mismatch', () => {
    const b = (total: number) =>
      base().disb('DA8', 'GN_SN', constant(300.0004, '#,##0.000')).disb('TONG', 'GN_SN', formula(total, '#,##0.000'));
    const [vi, en] = tail('300,0008', '300.0008', '300,0004', '300.0004');
    expect(onDisb(runCheck(checkSumMismatch, b(300.0008)))).toEqual([
      [
        'ROUNDING_DIFF',
        'info',
        'K4',
        'TONG',
        300.0004,
        300.0008,
        `Chênh lệch trong sai số làm tròn — ${vi}`,
        `Within rounding — ${en}`,
      ],
    ]);
    expect(onDisb(runCheck(checkSumMismatch, b(300.001))).map((x) => x[0])).toEqual(['SUM_MISMATCH']);
  });

  it('a number typed over a total: an error when it does not add up, a warning within rounding', () => {
    const [vi, en] = tail('250', '250', '300', '300');
    expect(onDisb(runCheck(checkHardcodedTotal, base().disb('TONG', 'GN_SN', constant(250))))).toEqual([
      [
        'HARDCODED_TOTAL',
        'error',
        'K4',
        'TONG',
        300,
        250,
        `Ô tổng bị gõ đè công thức, thấp hơn tổng các dòng con 50 triệu đồng (50.000.000 đồng) — ${vi}`,
        `A typed number replaces the total's formula, 50 million VND (50,000,000 VND) below the sum of its rows — ${en}`,
      ],
    ]);
    const round = base()
      .disb('DA8', 'GN_SN', constant(300, '#,##0.000'))
      .disb('TONG', 'GN_SN', constant(300.0009, '#,##0.000'));
    const [vi3, en3] = tail('300,0009', '300.0009', '300', '300');
    expect(onDisb(runCheck(checkHardcodedTotal, round))).toEqual([
      [
        'HARDCODED_TOTAL',
        'warning',
        'K4',
        'TONG',
        300,
        300.0009,
        `Ô tổng bị gõ đè công thức, cao hơn tổng các dòng con 0,0009 triệu đồng (900 đồng) — ${vi3}`,
        `A typed number replaces the total's formula, 0.0009 million VND (900 VND) above the sum of its rows — ${en3}`,
      ],
    ]);
  });

  it('an error among the rows, or a text total, leaves the total unjudged; a number as text in a row is skipped by a formula total only', () => {
    expect(
      onDisb(
        runCheck(
          checkSumMismatch,
          base().disb('DA7', 'GN_SN', { v: '#REF!', t: 'e' }).disb('TONG', 'GN_SN', formula(1)),
        ),
      ),
    ).toEqual([]);
    expect(onDisb(runCheck(checkSumMismatch, base().disb('TONG', 'GN_SN', 'ba trăm')))).toEqual([]);
    // Excel's SUM skips "20" typed as text: the formula total 300 adds up.
    expect(
      onDisb(runCheck(checkSumMismatch, base().disb('DA7', 'GN_SN', '20').disb('TONG', 'GN_SN', formula(300)))),
    ).toEqual([]);
    // A typed total is judged against the parsed values: 320 is right.
    expect(
      onDisb(runCheck(checkHardcodedTotal, base().disb('DA7', 'GN_SN', '20').disb('TONG', 'GN_SN', constant(320)))),
    ).toEqual([]);
  });
});
