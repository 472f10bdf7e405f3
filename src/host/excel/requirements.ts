/**
 * Requirement sets the Office.js host uses. ExcelApi 1.9 covers everything we call:
 * RangeAreas/getRanges and pageLayout (1.9), data validation (1.8), freeze panes and tab
 * colour (1.7), conditional formats and suspendApiCalculationUntilNextSync (1.6),
 * getUsedRangeOrNullObject and settings (1.4).
 */
export const REQUIRED_SETS: ReadonlyArray<{ name: string; version: string }> = [{ name: 'ExcelApi', version: '1.9' }];

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

function officeIsSetSupported(): IsSetSupported | null {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return null;
  return (name, version) => Office.context.requirements.isSetSupported(name, version);
}

/** Which required sets this Excel lacks; `ok` is false outside Office or on an old Excel. */
export function checkRequirements(isSetSupported: IsSetSupported | null = officeIsSetSupported()): {
  ok: boolean;
  missing: string[];
} {
  const missing = REQUIRED_SETS.filter(({ name, version }) => {
    if (!isSetSupported) return true;
    try {
      return !isSetSupported(name, version);
    } catch {
      return true;
    }
  }).map(({ name, version }) => `${name} ${version}`);
  return { ok: missing.length === 0, missing };
}
