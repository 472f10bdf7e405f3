import { catalog } from '../../domain/catalog';
import { findKeyRowInGrid, findMarkerInGrid } from '../../domain/keyRow';
import { TYPED_SOURCE_KEYS } from '../../domain/sources';
import { MONEY_UNITS } from '../../domain/units';
import { UNIT_DETAIL_SHEET_ID, UNIT_DETAIL_SHEET_NAME } from '../../domain/unitDetailLayout';
import type { Finding } from '../../model/finding';
import { cellAt, rowCount, type SheetSnapshot, type WorkbookSnapshot } from '../../model/snapshot';
import type { Check } from '../checkContext';
import { readCellNumber } from '../cellNumber';
import { cellOf, tagOf } from '../describe';
import { setExcess } from '../slipMarks';
import { makeFinding } from '../findingFactory';
import { amountEn, amountVn, figureEn, figureVn, timesEn, timesVn } from '../format';
import { unitHint } from '../judge';
import { detailLeafOf } from '../lineRows';
import { setSummedInto } from '../summedInto';
import { KEY_INDEX, topTexts } from '../workbookModel';
import { columnOutliers } from './unitOutlier';

/** A figure a unit gave, as the consolidation wrote it on "Chi tiết theo đơn vị". */
interface UnitFigureRow {
  row: number;
  /** The row's code: the leaf (a unit's row) or one of the unit's detail codes. */
  code: string;
  /** The plan leaf it is summed into. */
  leaf: string;
  unitName: string;
}

/**
 * UNIT_SUSPECT on a consolidated plan: a lower unit's figure about 1,000× the median of the
 * units' figures in its column, on "Chi tiết theo đơn vị". The consolidation sums what each unit
 * typed, so such a slip puts the upper level's plan over its allocation and its counterpart under
 * the minimum: one finding, at the unit's figure, names it; the totals are judged with it meant.
 */
export const checkUnitDetailSlips: Check = (model, ctx) => {
  const plan = model.plan;
  const sheet = unitDetailSheet(model.snapshot);
  if (!plan || !sheet) return [];
  const layout = readUnitFigures(sheet);
  if (!layout) return [];
  const u = MONEY_UNITS[ctx.unit];
  const out: Finding[] = [];
  for (const key of TYPED_SOURCE_KEYS) {
    const col = layout.cols.get(key);
    const planCol = plan.colOf(key);
    if (col === undefined || planCol < 0) continue;
    const rows: UnitFigureRow[] = [];
    const values: number[] = [];
    for (const r of layout.rows) {
      const n = readCellNumber(cellAt(sheet, r.row, col));
      if (n.state === 'number' && n.value > 0 && !n.date) {
        rows.push(r);
        values.push(n.value);
      }
    }
    for (const outlier of columnOutliers(values)) {
      const { row, code, leaf, unitName } = rows[outlier.index];
      const planRow = plan.rowOf.get(leaf);
      const summed = plan.amountAt(planRow, KEY_INDEX[key]);
      // Summed into a plan leaf that holds it: otherwise the plan's totals do not carry this figure.
      if (planRow === undefined || summed.state !== 'number' || summed.value < outlier.value) continue;
      const { value, median, factor } = outlier;
      const times = value / median;
      const hint = unitHint(factor, ctx.unit);
      const tag = tagOf(code, key);
      const planCell = cellOf(plan, leaf, key).address;
      const at = `${plan.name}!${planCell}`;
      const finding = makeFinding('UNIT_SUSPECT', {
        sheet: sheet.name,
        row,
        col,
        lineCode: code,
        sourceKey: key,
        actual: value,
        expected: value / factor,
        severity: 'warning',
        message: `${unitName}: lớn gấp ${timesVn(times)} lần trung vị số các đơn vị cùng cột (${figureVn(median, ctx.unit)} ${u.label}): ${hint.vi} — ${tag.vi}: ${amountVn(value, ctx.unit)}, đã cộng như đã gõ vào ${at}. Đơn vị sửa rồi tổng hợp lại.`,
        messageEn: `${unitName}: ${timesEn(times).toLowerCase()} times the median of the units' figures in its column (${figureEn(median, ctx.unit)} ${u.labelEn}): it ${hint.en} — ${tag.en}: ${amountEn(value, ctx.unit)}, summed as typed into ${at}. Have the unit fix it, then consolidate again.`,
      });
      setExcess(finding, value - value / factor);
      setSummedInto(finding, {
        sheet: plan.name,
        cell: planCell,
        lineCode: leaf,
        sourceKey: key,
        value: summed.value,
      });
      out.push(finding);
    }
  }
  return out;
};

/** The consolidation's sheet, by its marker (a renamed sheet too) or its name. */
function unitDetailSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return (
    snapshot.sheets.find((s) => findMarkerInGrid(topTexts(s))?.sheetId === UNIT_DETAIL_SHEET_ID) ??
    snapshot.sheets.find((s) => s.name === UNIT_DETAIL_SHEET_NAME)
  );
}

/**
 * The rows holding a unit's own figures: a unit's row when it gave no detail rows, else its detail
 * rows (its row then sums them). Line rows (STT, "n đơn vị") sum the unit rows and are left out.
 */
function readUnitFigures(sheet: SheetSnapshot): { cols: Map<string, number>; rows: UnitFigureRow[] } | null {
  const keys = findKeyRowInGrid(topTexts(sheet), ['MA']);
  const [codeCol, nameCol, unitCol] = ['MA', 'NOI_DUNG', 'DON_VI'].map((k) => keys?.columns.get(k));
  if (!keys || codeCol === undefined || nameCol === undefined || unitCol === undefined) return null;
  const text = (r: number, c: number) => {
    const cell = cellAt(sheet, r, c);
    return cell.t === 's' ? String(cell.v).trim() : '';
  };
  const rows: UnitFigureRow[] = [];
  let unitRow: UnitFigureRow | null = null;
  let hasDetails = false;
  const closeUnit = () => {
    if (unitRow && !hasDetails) rows.push(unitRow);
    unitRow = null;
    hasDetails = false;
  };
  for (let r = keys.row + 1; r < rowCount(sheet); r++) {
    const code = text(r, codeCol);
    const unitName = text(r, unitCol);
    if (!code || !unitName) continue;
    if (catalog.byCode.has(code) && text(r, nameCol) === unitName) {
      closeUnit();
      unitRow = { row: r, code, leaf: code, unitName };
      continue;
    }
    const leaf = detailLeafOf(code);
    if (unitRow && leaf === unitRow.leaf && unitName === unitRow.unitName) {
      hasDetails = true;
      rows.push({ row: r, code, leaf, unitName });
    } else closeUnit();
  }
  closeUnit();
  return { cols: keys.columns, rows };
}
