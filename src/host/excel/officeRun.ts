/** The shape of `Excel.run` the host needs; tests inject a recorder or office-addin-mock. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real `Excel.run`, looked up only when called (Node tests have no `Excel` global). */
export const defaultExcelRun: ExcelRun = (batch) => Excel.run(batch);

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
