import type { Check } from '../checkContext';
import type { Finding } from '../../model/finding';
import { buildWorkbookModel } from '../workbookModel';
import { readSettingsFromModel } from '../settingsReader';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { SnapshotBuilder } from './snapshotBuilder';

/** Runs one check on a built snapshot, as validateSnapshot would. */
export function runCheck(check: Check, input: SnapshotBuilder | WorkbookSnapshot): Finding[] {
  const snapshot = 'build' in input ? input.build() : input;
  const model = buildWorkbookModel(snapshot);
  const { settings } = readSettingsFromModel(model);
  return check(model, { settings, unit: settings.unit });
}

/** "CODE@Sheet!A1" strings, for compact assertions. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
}

/** The column median a UNIT_SUSPECT outlier was compared with, as its English message gives it. */
export function medianIn(f: Finding): number | null {
  const m = /median of its column \(([\d,.]+) /.exec(f.messageEn);
  return m ? Number(m[1].replace(/,/g, '')) : null;
}
