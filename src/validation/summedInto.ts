import type { SourceKey } from '../domain/sources';
import type { Finding } from '../model/finding';

/**
 * A slip found on a sheet the plan does not sum with formulas, whose figure is nonetheless in one
 * of the plan's typed cells: a unit's figure on "Chi tiết theo đơn vị", summed by the consolidation
 * into the upper level's plan leaf. The totals that quote the plan (allocation, counterpart) take
 * that leaf as meant, and their echoes of the slip are the slip's, as for a slip typed in the plan.
 */
export interface SummedInto {
  /** The plan sheet and its cell holding the figure. */
  sheet: string;
  cell: string;
  lineCode: string;
  sourceKey: SourceKey;
  /** The plan cell's value as read (the slip's figure among others). */
  value: number;
}

const summedInto = new WeakMap<Finding, SummedInto>();

export function setSummedInto(f: Finding, at: SummedInto): void {
  summedInto.set(f, at);
}

export function summedIntoOf(f: Finding): SummedInto | undefined {
  return summedInto.get(f);
}

/** The sheet whose totals a slip's figure is in: the plan it is summed into, or its own. */
export function slipSheetOf(f: Finding): string {
  return summedInto.get(f)?.sheet ?? f.sheet;
}

/**
 * The plan cell's own UNIT_SUSPECT, where a unit's slip is summed into it: the unit's figure is the
 * one typed wrong (the cell's own "figure meant" would be its sum ÷ 1,000), so that is the one finding.
 */
export function withoutSlipsUnitsExplain(findings: Finding[]): Finding[] {
  const cells = new Set<string>();
  for (const f of findings) {
    const at = summedInto.get(f);
    if (at) cells.add(`${at.sheet}!${at.cell}`);
  }
  if (!cells.size) return findings;
  return findings.filter((f) => f.code !== 'UNIT_SUSPECT' || summedInto.has(f) || !cells.has(`${f.sheet}!${f.cell}`));
}
