import ExcelJS from 'exceljs';
import { consolidate, type ConsolidationResult, type UnitInput, type UpperInput } from '../../../consolidation';
import type { Level, MoneyUnit } from '../../../domain/units';
import type { Finding } from '../../../model/finding';
import { addPlanSheet } from '../applyPlan';
import { toBytes } from './bytes';
import { checkFile, type OpenedFile } from './checkFile';
import { readUnitBytes, upperFromChecked } from './unitReading';

/** The consolidate command's options (the upper level's workbook as a file). */
export interface ConsolidateOptions {
  level?: Extract<Level, 'huyen' | 'tinh'>;
  /** The consolidating unit, e.g. "Huyện Vĩnh Linh". */
  name?: string;
  /** Plan year; default: the year most units give. */
  year?: number;
  unit?: MoneyUnit;
  /** The upper level's workbook (Giao vốn, Giao vốn theo đơn vị). */
  allocation?: OpenedFile;
}

export interface Consolidated {
  bytes: Uint8Array;
  /** Cross-level findings first, then each unit's own. */
  findings: Finding[];
  result: ConsolidationResult;
}

/** The year most units give (the default of --year). */
export function commonYear(inputs: UnitInput[]): number | null {
  const counts = new Map<number, number>();
  for (const i of inputs) if (i.kind === 'read') counts.set(i.reading.year, (counts.get(i.reading.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)!) best = y;
  return best;
}

/** The units read → the upper level's consolidated workbook (what `mtqg consolidate` writes). */
export async function consolidateUnits(
  read: UnitInput[],
  opts: Omit<ConsolidateOptions, 'allocation'>,
  upper?: UpperInput,
): Promise<Consolidated> {
  const year = opts.year ?? commonYear(read) ?? new Date().getFullYear();
  const result = consolidate(
    read,
    { level: opts.level ?? 'huyen', year, unit: opts.unit ?? 'trieu', name: opts.name ?? '' },
    upper,
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mtqg';
  for (const plan of result.plans) addPlanSheet(workbook, plan);
  const findings = [...result.findings, ...result.units.flatMap((u) => u.findings)];
  return { bytes: toBytes(await workbook.xlsx.writeBuffer()), findings, result };
}

/** Several units' files → the consolidated workbook, as `mtqg consolidate`. */
export async function consolidatedWorkbook(files: OpenedFile[], opts: ConsolidateOptions = {}): Promise<Consolidated> {
  let upper: UpperInput | undefined;
  if (opts.allocation) {
    upper = upperFromChecked(opts.allocation.name, checkFile(opts.allocation, { ownLayout: false }));
  }
  const read = files.map((file) => readUnitBytes(file.name, file.bytes));
  return consolidateUnits(read, opts, upper);
}
