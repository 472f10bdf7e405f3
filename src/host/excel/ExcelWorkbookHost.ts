import { KEY_ROW_SCAN_LIMIT, SHEET_NAMES } from '../../domain/workbookLayout';
import { a1, a1Range } from '../../model/a1';
import type { SheetPlan } from '../../model/sheetPlan';
import { checkPlans } from '../../model/planCheck';
import { blockedSheets, findSheetClashes } from '../../model/sheetClash';
import type { Finding } from '../../model/finding';
import type { WorkbookSnapshot } from '../../model/snapshot';
import { CellChangedError, SheetExistsError, type ApplyMode, type SheetInfo, type WorkbookHost } from '../types';
import { writePlans } from './applyPlans';
import { planDetailRow } from './detailRows';
import { planDisbursementEdit, queueDisbursementEdit, readPlanWithDisbursement } from './disbursementDetailRow';
import { groupFindingCells, queueHighlightWrite, scanOurFormats } from './highlights';
import { asGrid, asText, defaultExcelRun, type ExcelRun } from './officeRun';
import { isNull, loadSheetNames, loadSheetTabs, readSheets, type ReadResult, type SheetExtent } from './readSnapshot';
import { parseRangeAddress } from './rectangles';
import { findMarker, padToA1 } from './sheetScan';
import { WorkbookChanges } from './workbookChanges';

export { checkRequirements } from './requirements';

export interface ExcelHostOptions {
  /** Write print setup (pageLayout, ExcelApi 1.9). Default: on when Office reports 1.9. */
  printSetup?: boolean;
  /** Add cell notes (NoteCollection, ExcelApi 1.18). Default: on when Office reports 1.18. */
  notes?: boolean;
  /** Clock for telling our own writes' change events from the user's (tests pass a fake). */
  now?: () => number;
}

function officeSupports(set: string, version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/**
 * The Office.js host. Every `context.sync()` is a network round trip in Excel on the web,
 * so each operation queues everything it can before syncing:
 * readSnapshot 1 sync (names known) or 2, applyPlans 1 read + 1 write (more only above the
 * payload budget), highlightFindings 1 sync after a full readSnapshot, else 2.
 */
export class ExcelWorkbookHost implements WorkbookHost {
  /** Sheet names from the last listing; may be stale (a failed batch falls back to a fresh listing). */
  private sheetNames: string[] | null = null;
  /** Used extent of each sheet at the last read: sizes the next read's first sync. */
  private readonly extents = new Map<string, SheetExtent>();
  private readonly printSetup: boolean;
  readonly writesNotes: boolean;
  private readonly changes: WorkbookChanges;

  constructor(
    private readonly run: ExcelRun = defaultExcelRun,
    options: ExcelHostOptions = {},
  ) {
    this.printSetup = options.printSetup ?? officeSupports('ExcelApi', '1.9');
    this.writesNotes = options.notes ?? officeSupports('ExcelApi', '1.18');
    this.changes = new WorkbookChanges(run, options.now);
  }

  /** The user's edits (worksheets.onChanged), never our own writes; template sheets and detail rows count. */
  onWorkbookChanged(listener: () => void): () => void {
    return this.changes.subscribe(listener);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const names = await loadSheetNames(context);
      const markers = await readMarkers(context, names, this.extents);
      this.sheetNames = names;
      return names.map((name) => ({ name, owner: markers.get(name) ?? null }));
    });
  }

  async applyPlans(plans: SheetPlan[], mode: ApplyMode): Promise<void> {
    checkPlans(plans);
    await this.changes.ownWrite(() => this.writePlans(plans, mode));
    // Template sheets change what a check reads; appendices and reports do not.
    if (plans.some((p) => p.kind === 'template')) this.changes.notify();
  }

  private async writePlans(plans: SheetPlan[], mode: ApplyMode): Promise<void> {
    await this.run(async (context) => {
      const tabs = await loadSheetTabs(context);
      const clashes = findSheetClashes(
        plans,
        tabs.map((t) => t.name),
      );
      // Markers are read (one more sync) only when they can change the answer.
      const markers =
        clashes.length > 0 && mode !== 'refuse'
          ? await readMarkers(
              context,
              clashes.map((c) => c.existing),
            )
          : new Map<string, NonNullable<SheetInfo['owner']>>();
      const blocked = blockedSheets(clashes, mode, (name) => markers.get(name)?.kind ?? null);
      if (blocked.length > 0) throw new SheetExistsError(blocked);
      const byName = new Map(tabs.map((t) => [t.name, t]));
      const replaced = clashes.map((c) => byName.get(c.existing)!);
      this.sheetNames = null;
      this.extents.clear();
      await writePlans(context, plans, replaced, { printSetup: this.printSetup, notes: this.writesNotes });
    });
  }

  async readSnapshot(sheetNames?: string[]): Promise<WorkbookSnapshot> {
    const wantAll = sheetNames === undefined;
    // Highlights are found again right before they are replaced (their ids are positions).
    const scan = false;
    const cached = wantAll ? this.sheetNames : sheetNames;
    if (cached) {
      try {
        return await this.run(async (context) => {
          const worksheets = context.workbook.worksheets;
          if (wantAll) worksheets.load('items/name');
          const result = this.remember(
            await readSheets(context, cached, { scanHighlights: scan, extents: this.extents }),
          );
          if (!wantAll) return { sheets: result.sheets };
          const now = worksheets.items.map((ws) => asText(ws.name, 'sheet name'));
          const added = now.filter((n) => !cached.includes(n));
          const extra =
            added.length > 0 ? this.remember(await readSheets(context, added, { scanHighlights: scan })) : null;
          this.sheetNames = now;
          const byName = new Map([...result.sheets, ...(extra?.sheets ?? [])].map((s) => [s.name, s]));
          return { sheets: now.map((n) => byName.get(n)!).filter(Boolean) };
        });
      } catch (error) {
        // A sheet was renamed or deleted since we listed: list again below.
        if (!isItemNotFound(error)) throw error;
      }
    }
    return this.run(async (context) => {
      const names = await loadSheetNames(context);
      this.sheetNames = names;
      const targets = wantAll ? names : sheetNames.filter((n) => names.includes(n));
      const result = this.remember(await readSheets(context, targets, { scanHighlights: scan, extents: this.extents }));
      return { sheets: result.sheets };
    });
  }

  private remember(result: ReadResult): ReadResult {
    for (const sheet of result.sheets) {
      const extent = result.extents.get(sheet.name);
      if (extent) this.extents.set(sheet.name, extent);
      else this.extents.delete(sheet.name);
    }
    return result;
  }

  async highlightFindings(findings: Finding[]): Promise<void> {
    await this.changes.ownWrite(() => this.replaceHighlights(findings));
  }

  private async replaceHighlights(findings: Finding[]): Promise<void> {
    try {
      await this.writeHighlights(findings, this.sheetNames);
    } catch (error) {
      // A sheet was deleted or renamed since we listed: list again once.
      if (!isItemNotFound(error)) throw error;
      await this.writeHighlights(findings, null);
    }
  }

  async clearHighlights(): Promise<void> {
    await this.highlightFindings([]);
  }

  /** Scan (by our marker) then replace, in one Excel.run: 2 syncs, 3 when the sheet names are not known. */
  private async writeHighlights(findings: Finding[], knownNames: string[] | null): Promise<void> {
    await this.run(async (context) => {
      const names = knownNames ?? (await loadSheetNames(context));
      const ours = await scanOurFormats(context, names);
      const groups = groupFindingCells(findings, new Set(names));
      if (queueHighlightWrite(context, ours, groups) > 0) await context.sync();
      this.sheetNames = names;
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  /** Read the cell, then write the formula: 2 syncs; a cell that is no longer a typed number is left alone. */
  async restoreFormula(sheet: string, cell: string, formula: string): Promise<void> {
    await this.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
      range.load('formulas,valueTypes');
      await context.sync();
      const f = asGrid(range.formulas, 'formulas')[0]?.[0];
      const type = asGrid(range.valueTypes, 'valueTypes')[0]?.[0];
      if (type !== 'Double' || (typeof f === 'string' && f.startsWith('='))) throw new CellChangedError(sheet, cell);
      range.formulas = [[`=${formula.replace(/^=/, '')}`]];
      await context.sync();
    });
  }

  async addDetailRow(leafCode: string, name: string): Promise<string> {
    const code = await this.changes.ownWrite(() => this.addDetailRowOnce(leafCode, name));
    this.changes.notify();
    return code;
  }

  private async addDetailRowOnce(leafCode: string, name: string): Promise<string> {
    let code: string | null = null;
    try {
      code = await this.insertDetailRow(SHEET_NAMES.plan, leafCode, name, true);
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
    }
    if (code !== null) return code;
    // The sheet of that name is missing or not ours (the user renamed the plan sheet): find it by its marker.
    const sheets = await this.listSheets();
    const plan =
      sheets.find((s) => s.owner?.kind === 'template' && s.owner.sheetId === 'plan') ??
      // A plan sheet that lost its marker is still used by name, as before.
      sheets.find((s) => s.name === SHEET_NAMES.plan && s.owner === null);
    if (!plan) throw new Error(`Không tìm thấy trang "${SHEET_NAMES.plan}" / plan sheet not found`);
    return (await this.insertDetailRow(plan.name, leafCode, name, false))!;
  }

  /** Null (nothing written) when `requirePlanMarker` and the sheet does not carry the plan marker. */
  private async insertDetailRow(
    sheetName: string,
    leafCode: string,
    name: string,
    requirePlanMarker: boolean,
  ): Promise<string | null> {
    return this.run(async (context) => {
      // Giải ngân (when there) is read in the same sync and edited in the same write sync.
      const { plan, disbursement } = await readPlanWithDisbursement(context, sheetName);
      const marker = findMarker(plan.rows.map((row) => row.map((c) => c.v)));
      if (requirePlanMarker && !(marker?.kind === 'template' && marker.sheetId === 'plan')) return null;
      const edit = planDetailRow(plan, leafCode, name);
      const disbEdit = planDisbursementEdit(disbursement, leafCode, edit.code, name.trim());
      const ws = context.workbook.worksheets.getItem(sheetName);
      context.application.suspendApiCalculationUntilNextSync();
      ws.getRange(`${edit.insertRow + 1}:${edit.insertRow + 1}`).insert('Down');
      const right = edit.newRow.left + edit.newRow.formulas.length - 1;
      ws.getRange(a1Range({ top: edit.insertRow, left: edit.newRow.left, bottom: edit.insertRow, right })).formulas = [
        edit.newRow.formulas,
      ];
      for (const c of edit.leafCells) ws.getRange(a1(c.row, c.col)).formulas = [[c.formula]];
      if (disbEdit) queueDisbursementEdit(context, disbEdit);
      await context.sync();
      return edit.code;
    });
  }
}

/**
 * Markers of the named sheets from their top rows (one sync). With `extents`, the used
 * range addresses come along in the same sync, so the next read is sized right away.
 */
async function readMarkers(
  context: Excel.RequestContext,
  names: string[],
  extents?: Map<string, SheetExtent>,
): Promise<Map<string, NonNullable<SheetInfo['owner']>>> {
  const heads = names.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const range = sheet.getRange(`1:${KEY_ROW_SCAN_LIMIT}`).getUsedRangeOrNullObject(true);
    range.load('address,values');
    const used = extents ? sheet.getUsedRangeOrNullObject(true) : null;
    used?.load('address');
    return { name, range, used };
  });
  if (heads.length > 0) await context.sync();
  const out = new Map<string, NonNullable<SheetInfo['owner']>>();
  for (const { name, range, used } of heads) {
    if (used && extents) {
      if (isNull(used)) extents.delete(name);
      else {
        const rect = parseRangeAddress(asText(used.address, 'address'));
        extents.set(name, { bottom: rect.bottom, right: rect.right });
      }
    }
    if (isNull(range)) continue;
    const rect = parseRangeAddress(asText(range.address, 'address'));
    const marker = findMarker(padToA1(asGrid(range.values, 'values'), rect.top, rect.left, ''));
    if (marker) out.set(name, marker);
  }
  return out;
}

function isItemNotFound(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return /ItemNotFound|InvalidReference/i.test(`${String(e?.code ?? '')} ${String(e?.message ?? '')}`);
}
