import { SHEET_NAMES } from '../domain/workbookLayout';
import type { Settings } from '../domain/settings';
import type { SheetPlan } from '../model/sheetPlan';
import { buildMoneySheet, unitNameLine } from './moneySheet';
import { buildMoneyRows, type DetailRowSpec } from './moneyRows';

export const PROGRAM_TITLE = 'CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DTTS&MN';

/** Kế hoạch vốn: the plan by line and source; parents and totals are formulas. */
export function buildPlanSheet(options: Settings, details: DetailRowSpec[] = []): SheetPlan {
  const attached = options.planNumber.trim()
    ? ` (Kèm theo Kế hoạch số ${options.planNumber.trim()}${options.planDate.trim() ? ` ngày ${options.planDate.trim()}` : ''})`
    : '';
  return buildMoneySheet({
    id: 'plan',
    name: SHEET_NAMES.plan,
    title: `KẾ HOẠCH VỐN THỰC HIỆN ${PROGRAM_TITLE} NĂM ${options.year}`,
    subtitle: `${unitNameLine(options)}${attached}`,
    options,
    rows: buildMoneyRows(details),
    mode: 'plan',
  });
}
