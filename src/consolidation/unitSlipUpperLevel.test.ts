import { snapshotFromPlans } from '../appendix/testing/planSnapshot';
import { UNIT_DETAIL_SHEET_NAME } from '../domain/unitDetailLayout';
import { a1 } from '../model/a1';
import type { Finding } from '../model/finding';
import { validateSnapshot } from '../validation';
import { consolidate, type UnitInput, type UnitReading } from './index';
import { unitReading } from './testing/unitReading';
import { unitAllocationTrieu, unitIndicators, unitPlanTrieu } from './testing/unitWorkbooks';

/** Three communes shaped like the sample plan (scales 1–3); `slip` edits one commune's figures. */
function district(slip?: (name: string, reading: Pick<UnitReading, 'plan' | 'allocation' | 'details'>) => void) {
  const inputs: UnitInput[] = (['Xã A', 'Xã B', 'Xã C'] as const).map((name, i) => {
    const own = {
      plan: unitPlanTrieu({ name, scale: i + 1 }),
      allocation: unitAllocationTrieu({ name, scale: i + 1 }),
      details: [] as UnitReading['details'],
    };
    slip?.(name, own);
    return { kind: 'read', reading: unitReading(name, { ...own, indicators: unitIndicators({ name, scale: i + 1 }) }) };
  });
  const result = consolidate(inputs, { level: 'huyen', year: 2024, name: 'Huyện X' });
  const snapshot = snapshotFromPlans(result.plans);
  return { snapshot, findings: validateSnapshot(snapshot).filter((f) => f.severity !== 'info') };
}

/** The cell on "Chi tiết theo đơn vị" of a unit's row at a line, in a source column. */
function unitCell(
  snapshot: ReturnType<typeof district>['snapshot'],
  name: string,
  code: string,
  key: string,
  prefix = '',
): string {
  const sheet = snapshot.sheets.find((s) => s.name === UNIT_DETAIL_SHEET_NAME)!;
  const keyRow = sheet.rows.findIndex((r) => r.some((c) => c.v === 'MA'));
  const col = sheet.rows[keyRow].findIndex((c) => c.v === key);
  const codeCol = sheet.rows[keyRow].findIndex((c) => c.v === 'MA');
  const nameCol = sheet.rows[keyRow].findIndex((c) => c.v === 'NOI_DUNG');
  const row = sheet.rows.findIndex((r) => r[codeCol]?.v === code && r[nameCol]?.v === `${prefix}${name}`);
  return a1(row, col);
}

const codes = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.sheet}!${f.cell}`);

describe("the upper level's plan carrying a lower unit's ×1,000 slip: one finding, at the unit's figure", () => {
  const timesThousand = (name: string, { plan }: Pick<UnitReading, 'plan'>) => {
    if (name === 'Xã B') plan['DA4.TDA1.ND1'].DTPT_NSTW *= 1000;
  };

  it('names the unit and the figure meant, and the totals are judged with it meant', () => {
    const { snapshot, findings } = district(timesThousand);
    const cell = unitCell(snapshot, 'Xã B', 'DA4.TDA1.ND1', 'DTPT_NSTW');
    expect(codes(findings)).toEqual([`UNIT_SUSPECT@${UNIT_DETAIL_SHEET_NAME}!${cell}`]);
    const [f] = findings;
    // Xã B (scale 2) gave 12,600 triệu (its two works) typed as 12,600,000.
    expect(f.actual).toBe(12_600_000);
    expect(f.expected).toBe(12_600);
    expect(f.message).toContain('Xã B');
    expect(f.message).toMatch(/đã cộng như đã gõ vào Kế hoạch vốn!F\d+/);
    // As typed it puts the district over its allocation: the slip stands for that error.
    expect(f.severity).toBe('error');
  });

  it('near miss: the same communes without the slip give nothing', () => {
    expect(district().findings).toEqual([]);
  });

  it("without the units' sheet the plan's own cell is suspected, wrongly: its sum ÷ 1,000, and a second finding", () => {
    const { snapshot, findings } = district(timesThousand);
    const planOnly = { sheets: snapshot.sheets.filter((s) => s.name !== UNIT_DETAIL_SHEET_NAME) };
    const alone = validateSnapshot(planOnly).filter((f) => f.severity !== 'info');
    const own = alone.find((f) => f.code === 'UNIT_SUSPECT')!;
    expect(own.sheet).toBe('Kế hoạch vốn');
    // 6,300 + 12,600,000 + 18,900 read ÷ 1,000: not what any unit meant.
    expect(own.expected).toBeCloseTo(12_625.2, 6);
    expect(alone.map((f) => f.code)).toEqual(['UNIT_SUSPECT', 'UNDER_ALLOCATION']);
    // With the sheet, that cell's own finding gives way to the unit's.
    expect(findings[0].message).toContain(`${own.sheet}!${own.cell}`);
    expect(findings.some((f) => f.sheet === own.sheet)).toBe(false);
  });

  it('an over-allocation beyond the slip stays, computed with the figure meant and saying so', () => {
    const { findings } = district((name, own) => {
      timesThousand(name, own);
      const { allocation } = own;
      if (name === 'Xã C') {
        allocation.DA4.DTPT_NSTW -= 100;
        allocation.TONG.DTPT_NSTW -= 100;
      }
    });
    const over = findings.filter((f) => f.code === 'OVER_ALLOCATION');
    expect(over.length).toBeGreaterThan(0);
    for (const f of over) {
      expect(f.actual! - f.expected!).toBeCloseTo(100, 6);
      expect(f.message).toMatch(/Đã tính với F\d+ = [\d.,]+ triệu đồng \(tổng các đơn vị với số đúng ra/);
      // The fix is the unit's, in its own workbook.
      expect(f.message).toContain('đơn vị sửa rồi tổng hợp lại');
      expect(f.messageEn).toContain('have the unit fix it, then consolidate again');
    }
    expect(findings.filter((f) => f.code === 'UNIT_SUSPECT')).toHaveLength(1);
  });

  it("a slip in one of a unit's works (detail rows) is named at that work's row", () => {
    const { snapshot, findings } = district((name, own) => {
      if (name !== 'Xã C') return;
      // Xã C (scale 3) lists two works under DA4.TDA1.ND1; the first typed in nghìn đồng.
      const works = [
        { code: 'DA4.TDA1.ND1.01', name: 'Đường Vĩnh Ô', amounts: { DTPT_NSTW: 3 * 3500 * 1000 } },
        { code: 'DA4.TDA1.ND1.02', name: 'Cầu treo', amounts: { DTPT_NSTW: 3 * 2800 } },
      ];
      own.details = works.map((w) => ({ leafCode: 'DA4.TDA1.ND1', ...w }));
      own.plan['DA4.TDA1.ND1'].DTPT_NSTW = 3 * 3500 * 1000 + 3 * 2800;
    });
    const cell = unitCell(snapshot, 'Đường Vĩnh Ô', 'DA4.TDA1.ND1.01', 'DTPT_NSTW', '- ');
    expect(codes(findings)).toEqual([`UNIT_SUSPECT@${UNIT_DETAIL_SHEET_NAME}!${cell}`]);
    expect(findings[0].message).toContain('Xã C');
    expect(findings[0].lineCode).toBe('DA4.TDA1.ND1.01');
    expect(findings[0].expected).toBe(3 * 3500);
  });
});
