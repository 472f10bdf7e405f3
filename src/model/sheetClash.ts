import type { SheetKind } from '../domain/workbookLayout';
import { sheetNameKey } from './sheetName';

/**
 * What a host does when a plan's sheet name is already taken (the same policy in every
 * host; names compared with sheetNameKey, so "kế hoạch vốn" takes "Kế hoạch vốn").
 */
export type ApplyMode =
  /** Refuse (throw SheetExistsError) if any target sheet name exists. */
  | 'refuse'
  /** Replace existing sheets only when they carry our marker of the same kind; refuse for user sheets. */
  | 'replaceOwn';

/** A plan whose name an existing sheet already has (`existing` as the workbook spells it). */
export interface SheetClash<P extends { name: string; kind: SheetKind }> {
  plan: P;
  existing: string;
}

/** The plans whose names are taken, in plan order. */
export function findSheetClashes<P extends { name: string; kind: SheetKind }>(
  plans: P[],
  existingNames: string[],
): Array<SheetClash<P>> {
  const byKey = new Map(existingNames.map((n) => [sheetNameKey(n), n]));
  return plans.flatMap((plan) => {
    const existing = byKey.get(sheetNameKey(plan.name));
    return existing === undefined ? [] : [{ plan, existing }];
  });
}

/**
 * The existing sheets a batch may not write over: every clash when refusing; otherwise
 * each sheet that is not ours of the plan's kind (a user's sheet, or an appendix where a
 * template goes). `ownerKind` gives the marker kind of an existing sheet (null: none).
 */
export function blockedSheets<P extends { name: string; kind: SheetKind }>(
  clashes: Array<SheetClash<P>>,
  mode: ApplyMode,
  ownerKind: (existing: string) => SheetKind | null | undefined,
): string[] {
  return clashes.filter((c) => mode === 'refuse' || ownerKind(c.existing) !== c.plan.kind).map((c) => c.existing);
}
