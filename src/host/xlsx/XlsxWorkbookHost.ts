import type ExcelJS from 'exceljs';
import { CellChangedError, SheetExistsError, type ApplyMode, type SheetInfo, type WorkbookHost } from '../types';
import type { SheetPlan } from '../../model/sheetPlan';
import { checkPlansSteps } from '../../model/planCheck';
import { blockedSheets, findSheetClashes } from '../../model/sheetClash';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { Finding, Severity } from '../../model/finding';
import { addPlanSheetSteps, type InternalWorksheet } from './applyPlan';
import { findSheetMarker } from './sheetScan';
import { addPlanDetailRow } from './planDetailRows';
import { readWorkbookSnapshot, readWorkbookSnapshotInSlices } from './readSnapshot';
import { drain, runInSlices, type Steps } from './slices';

export interface XlsxHighlight {
  sheet: string;
  cell: string;
  severity: Severity;
}
export interface XlsxSelection {
  sheet: string;
  cell: string;
}

/**
 * WorkbookHost over an in-memory ExcelJS workbook: the CLI (with fileIo.ts), the demo and
 * the browser preview. Browser-safe. Highlights and the selection are not written into the
 * workbook (it stays the user's); they are kept here for a preview to draw.
 */
export class XlsxWorkbookHost implements WorkbookHost {
  private highlightList: XlsxHighlight[] = [];
  private selected: XlsxSelection | null = null;

  constructor(public readonly workbook: ExcelJS.Workbook) {}

  get highlights(): readonly XlsxHighlight[] {
    return this.highlightList;
  }
  get selection(): XlsxSelection | null {
    return this.selected;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => {
      const marker = findSheetMarker(ws);
      return { name: ws.name, owner: marker ? { kind: marker.kind, sheetId: marker.sheetId } : null };
    });
  }

  /**
   * Checks every plan and every name first, then writes: a refused batch changes nothing.
   * Replaced sheets keep their tab position; new sheets are appended in plan order.
   */
  async applyPlans(plans: SheetPlan[], mode: ApplyMode): Promise<void> {
    drain(this.applyPlansSteps(plans, mode));
  }

  /** The same write in slices, awaiting `pause` between them (a page stays responsive). */
  async applyPlansInSlices(plans: SheetPlan[], mode: ApplyMode, pause: () => Promise<void>): Promise<void> {
    // The checks come first and write nothing, so a refused batch still changes nothing.
    await runInSlices(this.applyPlansSteps(plans, mode), pause);
  }

  private *applyPlansSteps(plans: SheetPlan[], mode: ApplyMode): Steps<void> {
    yield* checkPlansSteps(plans);
    const sheets = new Map(this.workbook.worksheets.map((ws) => [ws.name, ws]));
    const clashes = findSheetClashes(plans, [...sheets.keys()]);
    const blocked = blockedSheets(clashes, mode, (name) => findSheetMarker(sheets.get(name)!)?.kind ?? null);
    if (blocked.length > 0) throw new SheetExistsError(blocked);

    const replaced = new Map(clashes.map((c) => [c.plan, sheets.get(c.existing)!]));
    yield;
    for (const plan of plans) {
      const found = replaced.get(plan);
      if (found) {
        const orderNo = (found as InternalWorksheet).orderNo;
        this.workbook.removeWorksheet(found.id);
        yield* addPlanSheetSteps(this.workbook, plan, orderNo);
      } else {
        yield* addPlanSheetSteps(this.workbook, plan);
      }
    }
  }

  async readSnapshot(sheetNames?: string[]): Promise<WorkbookSnapshot> {
    return readWorkbookSnapshot(this.workbook, sheetNames);
  }

  /** The same read in slices, awaiting `pause` between them (a page stays responsive). */
  readSnapshotInSlices(sheetNames: string[] | undefined, pause: () => Promise<void>): Promise<WorkbookSnapshot> {
    return readWorkbookSnapshotInSlices(this.workbook, sheetNames, pause);
  }

  async highlightFindings(findings: Finding[]): Promise<void> {
    this.highlightList = findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }));
  }

  async clearHighlights(): Promise<void> {
    this.highlightList = [];
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (!this.workbook.getWorksheet(sheet)) throw new Error(`Không có trang tính "${sheet}" / no such sheet`);
    this.selected = { sheet, cell };
  }

  async restoreFormula(sheet: string, cell: string, formula: string): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`Không có trang tính "${sheet}" / no such sheet`);
    // Only a typed number is replaced (her style kept): anything else means the cell changed.
    const typed: unknown = ws.getCell(cell).value;
    if (typeof typed !== 'number') throw new CellChangedError(sheet, cell);
    ws.getCell(cell).value = { formula: formula.replace(/^=/, '') };
    this.workbook.calcProperties = { ...(this.workbook.calcProperties ?? {}), fullCalcOnLoad: true };
  }

  async addDetailRow(leafCode: string, name: string): Promise<string> {
    return addPlanDetailRow(this.workbook, leafCode, name);
  }
}
