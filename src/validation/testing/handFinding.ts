import type { Finding } from '../../model/finding';

let cells = 0;

/**
 * A finding built by hand for the echo tests: code, line, source and figures, on a sheet
 * (the plan by default), each on a fresh cell of its own.
 */
export function handFinding(
  code: Finding['code'],
  lineCode: string,
  sourceKey: Finding['sourceKey'],
  actual?: number,
  expected?: number,
  sheet = 'Kế hoạch vốn',
  severity: Finding['severity'] = 'error',
): Finding {
  cells += 1;
  return {
    code,
    severity,
    sheet,
    cell: `Z${cells}`,
    lineCode,
    sourceKey,
    actual,
    expected,
    message: code,
    messageEn: code,
  };
}
