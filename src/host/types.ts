import type { SheetPlan } from '../model/sheetPlan';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { Finding } from '../model/finding';
import type { SheetKind } from '../domain/workbookLayout';
import type { ApplyMode } from '../model/sheetClash';

export type { ApplyMode };

/** A sheet as a host lists it, with the add-in marker when the sheet is ours. */
export interface SheetInfo {
  name: string;
  /** Set when the sheet carries a '#mtqg:' marker (templates, appendices, reports). */
  owner: { kind: SheetKind; sheetId: string } | null;
}

export class CellChangedError extends Error {
  constructor(
    public readonly sheet: string,
    public readonly cell: string,
  ) {
    super(
      `Ô ${sheet}!${cell} không còn là số gõ tay (đã thay đổi từ lần kiểm tra); kiểm tra lại / the cell no longer holds a typed number (changed since the check); check again`,
    );
    this.name = 'CellChangedError';
  }
}

export class SheetExistsError extends Error {
  constructor(public readonly names: string[]) {
    super(`Sheet already exists / Trang tính đã tồn tại: ${names.join(', ')}`);
    this.name = 'SheetExistsError';
  }
}

/**
 * What the task pane, CLI and demo need from a workbook. Implemented by the Office.js
 * host (src/host/excel), the ExcelJS file host (src/host/xlsx) and the browser preview host.
 */
export interface WorkbookHost {
  listSheets(): Promise<SheetInfo[]>;
  /** Write sheet plans (one batched write where the host allows it). */
  applyPlans(plans: SheetPlan[], mode: ApplyMode): Promise<void>;
  /**
   * False when this host writes plans without their cell notes (an Excel before ExcelApi 1.18):
   * the caller says so. Absent: notes are written.
   */
  readonly writesNotes?: boolean;
  /** Read the named sheets (default: every sheet) in one pass. */
  readSnapshot(sheetNames?: string[]): Promise<WorkbookSnapshot>;
  /** Replace the add-in's highlights with these findings' cells (never the user's formatting). */
  highlightFindings(findings: Finding[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Select (and scroll to) a cell, e.g. when a finding is clicked. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Write the template's formula (without '=') back into a total cell she typed a number
   * over ("Khôi phục công thức"). Refuses, changing nothing, when the cell no longer holds a
   * typed number (she changed it since the check). Optional: a host without it offers no fix.
   */
  restoreFormula?(sheet: string, cell: string, formula: string): Promise<void>;
  /** Add a detail row (individual work) under a leaf line of Kế hoạch vốn; returns its code. */
  addDetailRow(leafCode: string, name: string): Promise<string>;
  /**
   * Call `listener` when the user changes the workbook (not on the add-in's own writes);
   * returns the unsubscribe function. Optional: hosts that cannot tell leave it out.
   */
  onWorkbookChanged?(listener: () => void): () => void;
}
