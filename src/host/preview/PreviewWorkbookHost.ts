import ExcelJS from 'exceljs';
import type { ApplyMode, SheetInfo, WorkbookHost } from '../types';
import type { SheetPlan } from '../../model/sheetPlan';
import type { WorkbookSnapshot } from '../../model/snapshot';
import type { Finding, Severity } from '../../model/finding';
import { XlsxWorkbookHost } from '../xlsx/XlsxWorkbookHost';
import { SHEET_NAMES } from '../../domain/workbookLayout';
import { nextTask } from '../xlsx/slices';

export interface PreviewHighlight {
  sheet: string;
  cell: string;
  severity: Severity;
}
export interface PreviewSelection {
  sheet: string;
  cell: string;
}

/** What the preview grid draws: the workbook's sheets, highlights, selection and active sheet. */
export interface PreviewView {
  readonly highlights: readonly PreviewHighlight[];
  readonly selection: PreviewSelection | null;
  readonly activeSheet: string | null;
  setActiveSheet(name: string): void;
  listSheets(): Promise<SheetInfo[]>;
  readSnapshot(sheetNames?: string[]): Promise<WorkbookSnapshot>;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * The workbook host of the browser preview (the pane opened outside Excel): an in-memory
 * ExcelJS workbook behind H2's XlsxWorkbookHost, plus what Excel would show on screen
 * (active sheet) and change notifications so the preview grid can redraw.
 */
export class PreviewWorkbookHost implements WorkbookHost, PreviewView {
  private inner: XlsxWorkbookHost;
  private listeners = new Set<() => void>();
  /** Listeners of user changes (a change counter for "the workbook has changed since"). */
  private changeListeners = new Set<() => void>();
  private changeCount = 0;
  private active: string | null = null;
  /** Reads since the last content change, by the sheets asked for: the grid redraws (a highlight,
   *  a selection) without reading a large sheet again. Cleared by every write. */
  private reads = new Map<string, Promise<WorkbookSnapshot>>();

  constructor(
    private workbookValue: ExcelJS.Workbook = new ExcelJS.Workbook(),
    /** Let the page paint between slices of a long read. */
    private readonly pause: () => Promise<void> = nextTask,
  ) {
    this.inner = new XlsxWorkbookHost(workbookValue);
    this.active = workbookValue.worksheets[0]?.name ?? null;
  }

  get workbook(): ExcelJS.Workbook {
    return this.workbookValue;
  }
  get highlights(): readonly PreviewHighlight[] {
    return this.inner.highlights;
  }
  get selection(): PreviewSelection | null {
    return this.inner.selection;
  }
  get activeSheet(): string | null {
    return this.active;
  }

  setActiveSheet(name: string): void {
    this.active = name;
    this.emit();
  }

  /** Swap in another workbook (the sample figures); highlights and selection start afresh. */
  replaceWorkbook(workbook: ExcelJS.Workbook): void {
    this.workbookValue = workbook;
    this.inner = new XlsxWorkbookHost(workbook);
    this.active = workbook.worksheets[0]?.name ?? null;
    this.reads.clear();
    this.noteChange();
    this.emit();
  }

  /** Changes to the workbook's content so far (not highlights, selection or our reports). */
  get changes(): number {
    return this.changeCount;
  }

  onWorkbookChanged(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => {
      this.changeListeners.delete(listener);
    };
  }

  /** The workbook's content changed (an edit, new template sheets, a detail row, another workbook). */
  noteChange(): void {
    this.reads.clear();
    this.changeCount += 1;
    for (const listener of [...this.changeListeners]) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Tell the grid to redraw (tests use it through window.__mtqgPreview). */
  emit(): void {
    for (const listener of [...this.listeners]) listener();
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.inner.listSheets();
  }
  /** Read in slices (the page keeps painting); the same answer again until the workbook changes. */
  readSnapshot(sheetNames?: string[]): Promise<WorkbookSnapshot> {
    const key = sheetNames ? JSON.stringify(sheetNames) : '*';
    let read = this.reads.get(key);
    if (!read) {
      read = this.inner.readSnapshotInSlices(sheetNames, this.pause);
      this.reads.set(key, read);
      read.catch(() => {
        if (this.reads.get(key) === read) this.reads.delete(key);
      });
    }
    return read;
  }

  async applyPlans(plans: SheetPlan[], mode: ApplyMode): Promise<void> {
    this.reads.clear();
    try {
      // In slices: appendices of a 12,000-line plan take seconds to write into ExcelJS.
      await this.inner.applyPlansInSlices(plans, mode, this.pause);
      const shown = plans.find((p) => !p.visibility);
      if (shown) this.active = shown.name;
      // Template sheets change what a check reads; appendices and reports do not.
      if (plans.some((p) => p.kind === 'template')) this.noteChange();
    } finally {
      this.reads.clear();
      this.emit();
    }
  }

  async highlightFindings(findings: Finding[]): Promise<void> {
    await this.inner.highlightFindings(findings);
    this.emit();
  }

  async clearHighlights(): Promise<void> {
    await this.inner.clearHighlights();
    this.emit();
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.inner.selectCell(sheet, cell);
    this.active = sheet;
    this.emit();
  }

  async restoreFormula(sheet: string, cell: string, formula: string): Promise<void> {
    try {
      await this.inner.restoreFormula(sheet, cell, formula);
      this.noteChange();
    } finally {
      this.emit();
    }
  }

  async addDetailRow(leafCode: string, name: string): Promise<string> {
    this.reads.clear();
    try {
      const code = await this.inner.addDetailRow(leafCode, name);
      this.noteChange();
      // The plan sheet may have been renamed: show it by its marker.
      const plan = (await this.inner.listSheets()).find(
        (s) => s.owner?.kind === 'template' && s.owner.sheetId === 'plan',
      );
      this.active = plan?.name ?? SHEET_NAMES.plan;
      return code;
    } finally {
      this.emit();
    }
  }
}
