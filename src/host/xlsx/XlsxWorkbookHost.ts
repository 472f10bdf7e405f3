import type ExcelJS from 'exceljs';
import { SheetExistsError, type ApplyMode, type SheetInfo, type WorkbookHost } from '../types';
import { a1Range } from '../../model/a1';
import { sheetPlanSchema, type SheetPlan } from '../../model/sheetPlan';
import { assertSheetNames } from '../../model/sheetName';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { Finding, Severity } from '../../model/finding';
import { addPlanSheet, type InternalWorksheet } from './applyPlan';
import { findSheetMarker } from './sheetScan';
import { addPlanDetailRow } from './planDetailRows';
import { readWorkbookSnapshot } from './readSnapshot';

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
    plans.forEach(checkPlan);
    assertSheetNames(plans.map((p) => p.name));
    const existing = new Map<string, { sheet: ExcelJS.Worksheet; owner: SheetInfo['owner'] }>();
    for (const ws of this.workbook.worksheets) {
      const marker = findSheetMarker(ws);
      existing.set(ws.name.toLowerCase(), {
        sheet: ws,
        owner: marker ? { kind: marker.kind, sheetId: marker.sheetId } : null,
      });
    }
    const blocked = plans
      .filter((p) => {
        const found = existing.get(p.name.toLowerCase());
        return found && (mode === 'refuse' || found.owner?.kind !== p.kind);
      })
      .map((p) => existing.get(p.name.toLowerCase())!.sheet.name);
    if (blocked.length > 0) throw new SheetExistsError(blocked);

    for (const plan of plans) {
      const found = existing.get(plan.name.toLowerCase());
      if (found) {
        const orderNo = (found.sheet as InternalWorksheet).orderNo;
        this.workbook.removeWorksheet(found.sheet.id);
        addPlanSheet(this.workbook, plan, orderNo);
      } else {
        addPlanSheet(this.workbook, plan);
      }
    }
  }

  async readSnapshot(sheetNames?: string[]): Promise<WorkbookSnapshot> {
    return readWorkbookSnapshot(this.workbook, sheetNames);
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

  async addDetailRow(leafCode: string, name: string): Promise<string> {
    return addPlanDetailRow(this.workbook, leafCode, name);
  }
}

/** A plan that would fail half-way (bad shape, unknown style) is refused before any write. */
function checkPlan(plan: SheetPlan): void {
  sheetPlanSchema.parse(plan);
  for (const cell of plan.cells) {
    if (cell.style && !plan.styles[cell.style]) throw new Error(`Sheet plan ${plan.id}: unknown style '${cell.style}'`);
  }
  // ExcelJS throws on overlapping merges (and Excel would repair them): refuse up front.
  plan.merges.forEach((m, i) => {
    if (m.bottom < m.top || m.right < m.left) throw new Error(`Sheet plan ${plan.id}: inverted merge ${a1Range(m)}`);
    const clash = plan.merges
      .slice(i + 1)
      .find((o) => o.top <= m.bottom && m.top <= o.bottom && o.left <= m.right && m.left <= o.right);
    if (clash) throw new Error(`Sheet plan ${plan.id}: merges ${a1Range(m)} and ${a1Range(clash)} overlap`);
  });
}
