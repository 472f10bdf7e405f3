/** The shape of `Excel.run` the host needs; tests inject a recorder or office-addin-mock. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The shape of Office.js's `Excel.run(options, batch)`. */
type ExcelRunWithOptions = <T>(
  options: { delayForCellEdit?: boolean },
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/**
 * `Excel.run` that waits while the user is editing a cell (instead of failing with
 * InvalidOperationInCellEditMode), looked up only when called (Node tests have no `Excel`).
 */
export function excelRunWaitingForCellEdit(run: ExcelRunWithOptions): ExcelRun {
  return (batch) => run({ delayForCellEdit: true }, batch);
}

/** The real `Excel.run`, waiting out a cell edit. */
export const defaultExcelRun: ExcelRun = (batch) =>
  excelRunWaitingForCellEdit(Excel.run as unknown as ExcelRunWithOptions)(batch);

/** True when a sync failed because a request or response was above the 5 MB limit. */
export function isPayloadLimitError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const text = `${String(e?.code ?? '')} ${String(e?.message ?? '')}`;
  return /PayloadSizeLimitExceeded|payload size/i.test(text);
}

/** Office.js loads return `values` etc. as 2-D arrays; anything else (e.g. a mock's error text) is a bug. */
export function asGrid(value: unknown, what: string): unknown[][] {
  if (!Array.isArray(value) || !value.every((row) => Array.isArray(row))) {
    throw new Error(`Excel returned no ${what} (property not loaded?): ${String(value).slice(0, 80)}`);
  }
  return value as unknown[][];
}

/** A loaded scalar string property; rejects anything that is not a string. */
export function asText(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`Excel returned no ${what} (property not loaded?)`);
  return value;
}
