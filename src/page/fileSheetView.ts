import type { PreviewHighlight, PreviewSelection, PreviewView } from '../host/preview/PreviewWorkbookHost';
import type { SheetInfo } from '../host/types';
import type { Finding } from '../model/finding';
import type { CellSnapshot, WorkbookSnapshot } from '../model/snapshot';
import type { OpenedFile } from './worker/pageApi';
import type { PageCore } from './worker/pageClient';

/** Rows the page's grid draws at once: enough to read around a finding, few enough to stay quick. */
export const GRID_ROW_WINDOW = 60;

/**
 * One opened file seen through the pane's read-only grid (PreviewView): sheets and highlights
 * from the worker's check, rows fetched from the worker only around what is on screen.
 */
export class FileSheetView implements PreviewView {
  readonly highlights: readonly PreviewHighlight[];
  private selected: PreviewSelection | null = null;
  private active: string | null;
  private listeners = new Set<() => void>();

  constructor(
    private readonly core: Pick<PageCore, 'sheetWindow'>,
    private readonly file: OpenedFile,
  ) {
    this.highlights = file.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }));
    this.active = file.sheets[0]?.name ?? null;
  }

  get selection(): PreviewSelection | null {
    return this.selected;
  }
  get activeSheet(): string | null {
    return this.active;
  }

  setActiveSheet(name: string): void {
    this.active = name;
    this.emit();
  }

  /** Clicking a finding: show its sheet, its cell outlined and scrolled into view. */
  show(finding: Pick<Finding, 'sheet' | 'cell'>): boolean {
    if (!this.file.sheets.some((s) => s.name === finding.sheet)) return false;
    this.active = finding.sheet;
    this.selected = { sheet: finding.sheet, cell: finding.cell };
    this.emit();
    return true;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.file.sheets.map((s) => ({ name: s.name, owner: null }));
  }

  async readSnapshot(sheetNames?: string[]): Promise<WorkbookSnapshot> {
    const names = sheetNames ?? (this.active ? [this.active] : []);
    const sheets = await Promise.all(
      names.map(async (name) => {
        const selectedRow = this.selected?.sheet === name ? rowOf(this.selected.cell) : null;
        const from = selectedRow === null ? 0 : Math.max(0, selectedRow - Math.floor(GRID_ROW_WINDOW / 3));
        const win = await this.core.sheetWindow(this.file.id, name, from, from + GRID_ROW_WINDOW);
        // Rows outside the window stay empty: the grid draws only the window.
        const rows: CellSnapshot[][] = Array.from({ length: win.rowCount }, () => []);
        win.rows.forEach((row, i) => (rows[win.from + i] = row));
        return { name, rows, hiddenRows: win.hiddenRows };
      }),
    );
    return { sheets };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

function rowOf(cell: string): number | null {
  const m = /^\$?[A-Z]+\$?(\d+)$/i.exec(cell);
  return m ? Number(m[1]) - 1 : null;
}
