import type { UnitReading } from '../types';

/** A commune's reading as consolidation keeps it, empty but for what a test gives. */
export function unitReading(name: string, over: Partial<UnitReading> = {}): UnitReading {
  return {
    file: `${name}.xlsx`,
    unitName: name,
    level: 'xa',
    year: 2024,
    moneyUnit: 'trieu',
    settingCells: {},
    findings: [],
    plan: {},
    details: [],
    allocation: {},
    allocationCells: {},
    indicators: {},
    ...over,
  };
}
