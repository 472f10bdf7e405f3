import { a1 } from '../model/a1';
import type { SourceKey } from '../domain/sources';
import { CODE_CATALOG } from './codes';
import type { Finding, FindingCode, Severity } from '../model/finding';

export interface FindingInput {
  sheet: string;
  /** 0-based; omitted → the sheet's A1. */
  row?: number;
  col?: number;
  lineCode?: string;
  sourceKey?: SourceKey;
  expected?: number;
  actual?: number;
  severity?: Severity;
  message: string;
  messageEn: string;
}

/** Builds a finding with the catalog's default severity and an A1 cell that is never missing. */
export function makeFinding(code: FindingCode, input: FindingInput): Finding {
  const cell =
    input.row !== undefined && input.col !== undefined && input.row >= 0 && input.col >= 0
      ? a1(input.row, input.col)
      : 'A1';
  const f: Finding = {
    code,
    severity: input.severity ?? CODE_CATALOG[code].severity,
    sheet: input.sheet,
    cell,
    message: input.message,
    messageEn: input.messageEn,
  };
  if (input.lineCode !== undefined) f.lineCode = input.lineCode;
  if (input.sourceKey !== undefined) f.sourceKey = input.sourceKey;
  if (input.expected !== undefined && Number.isFinite(input.expected)) f.expected = round12(input.expected);
  if (input.actual !== undefined && Number.isFinite(input.actual)) f.actual = round12(input.actual);
  return f;
}

/** Strips float noise (0.1 + 0.2) from figures reported to users. */
export function round12(x: number): number {
  return Number(x.toPrecision(12));
}

/** Appends a list of findings of any length (push(...list) overflows the stack past ~100,000 items). */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
