import {
  readUnit,
  readUnitDecisions,
  readUnitFromModel,
  type UnitInput,
  type UpperInput,
} from '../../../consolidation';
import { buildLayoutModel } from '../../../layout/layoutModel';
import { layoutRowNames, layoutUnitSettings } from '../../../layout/unitSettings';
import { checkFile, type CheckedFile } from './checkFile';

/**
 * One unit's workbook → what consolidation keeps of it, the same in `mtqg consolidate`, the
 * page and the pane's "Tổng hợp": read by the reader made for checking (a chart or picture
 * in her file changes nothing), checked as `mtqg validate` would. No ExcelJS here, so the
 * pane's worker can run it without the writer.
 */

/**
 * One unit, read as `mtqg validate` checked it: a template workbook, or her own table
 * through the same model (so the findings and the sums come from the same cells of hers).
 */
export function unitFromChecked(
  name: string,
  checked: Pick<CheckedFile, 'snapshot' | 'findings' | 'layout'>,
  now: Date = new Date(),
): UnitInput {
  const { snapshot, findings, layout } = checked;
  if (!layout) return { kind: 'read', reading: readUnit(name, snapshot, findings) };
  const settings = layoutUnitSettings(layout, now.getFullYear());
  const cells = { DON_VI: settings.sheet, NAM: settings.sheet, CAP: settings.sheet };
  return {
    kind: 'read',
    reading: readUnitFromModel(
      name,
      buildLayoutModel(snapshot, layout),
      settings,
      findings,
      cells,
      layoutRowNames(layout),
    ),
  };
}

/** A unit that could not be read: its status, never a crash (`shownAs`: the path messages name). */
export function unreadableUnit(name: string, err: unknown, shownAs: string = name): UnitInput {
  const reason = ((err as Error)?.message ?? String(err)).split(shownAs).join(name);
  return { kind: 'unreadable', input: { file: name, reason } };
}

/** A unit's file as bytes (the page, the pane) → its reading, or why it cannot be read. */
export function readUnitBytes(name: string, bytes: Uint8Array): UnitInput {
  try {
    return unitFromChecked(name, checkFile({ name, bytes }));
  } catch (err) {
    return unreadableUnit(name, err);
  }
}

export function upperFromChecked(name: string, checked: Pick<CheckedFile, 'snapshot' | 'findings'>): UpperInput {
  return {
    reading: readUnit(name, checked.snapshot, checked.findings),
    decisions: readUnitDecisions(checked.snapshot),
  };
}
