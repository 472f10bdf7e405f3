import { SHEET_NAMES } from '../domain/workbookLayout';
import type { Settings } from '../domain/settings';
import type { SheetPlan } from '../model/sheetPlan';
import { buildMoneySheet, unitNameLine } from './moneySheet';
import { buildMoneyRows } from './moneyRows';
import { PROGRAM_TITLE } from './planSheet';

/**
 * Giao vốn: the amounts allocated by the level above, typed on any row (a decision may
 * give only a project's or the grand total). Only total columns are formulas, blank-aware.
 */
export function buildAllocationSheet(options: Settings): SheetPlan {
  const decision = options.allocationDecision.trim()
    ? ` (Theo Quyết định số ${options.allocationDecision.trim()})`
    : '';
  return buildMoneySheet({
    id: 'allocation',
    name: SHEET_NAMES.allocation,
    title: `VỐN ĐƯỢC GIAO THỰC HIỆN ${PROGRAM_TITLE} NĂM ${options.year}`,
    subtitle: `${unitNameLine(options)}${decision}`,
    options,
    rows: buildMoneyRows(),
    mode: 'allocation',
  });
}
