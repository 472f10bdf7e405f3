import type { Finding } from '../../model/finding';
import { rowCells, rowCount, type CellSnapshot, type WorkbookSnapshot } from '../../model/snapshot';
import type { LayoutMapping } from '../../layout/mapping';
import { buildWorkbookModel } from '../../validation/workbookModel';
import { readSettingsFromModel } from '../../validation/settingsReader';
import type { Settings } from '../../domain/settings';
import { CONSOLIDATED_NAME, BLANK_TEMPLATE_NAME, downloadName, type DownloadKind } from '../downloadNames';
import { checkBytes, type CheckedBytes, type HeapBudget } from './checkBytes';
import { makeBlankTemplate, makeConsolidated, makeFileOutput, type HeldFile } from './outputsBridge';

/** A stage of opening a file, shown to her while the worker reads and checks. */
export type OpenStage = 'read' | 'check' | 'done';

export interface SheetSummary {
  name: string;
  rowCount: number;
}

/** What the page keeps of one opened file: the findings and what the grid needs to ask for rows. */
export interface OpenedFile {
  id: number;
  name: string;
  kind: 'template' | 'own-layout';
  findings: Finding[];
  sheets: SheetSummary[];
  layout?: LayoutMapping;
  /** The unit the plan belongs to ("UBND huyện …"), for the printed report; '' when unknown. */
  unitName: string;
}

/** Rows from..to (0-based, exclusive) of one sheet: the read-only grid asks only for what it draws. */
export interface SheetWindow {
  rowCount: number;
  from: number;
  rows: CellSnapshot[][];
  hiddenRows: number[];
}

/** A file made for her to download: its name (after her file), its content, and what to tell her about it. */
export interface Made {
  name: string;
  data: Uint8Array | string;
  /** Lines she must read beside the file (a conversion's "Cần xem / check"); none for most files. */
  remarks?: string[];
}

/** The page's worker: the file's bytes come in once, everything heavy stays here. */
export interface PageApi {
  /** heapLimit: the browser's heap limit, when it tells it (a file needing more is refused in one line). */
  openFile(
    name: string,
    bytes: ArrayBuffer,
    onStage?: (stage: OpenStage) => void | Promise<void>,
    heapLimit?: number,
  ): Promise<OpenedFile>;
  /** Check an opened file again through the mapping she corrected (her own table); downloads follow it. */
  recheck(id: number, mapping: LayoutMapping): Promise<OpenedFile>;
  sheetWindow(id: number, sheet: string, from: number, to: number): SheetWindow;
  closeFile(id: number): void;
  makeDownload(id: number, kind: DownloadKind, opts: { unverified?: boolean }): Promise<Made>;
  makeConsolidated(ids: number[]): Promise<Made & { findingCount: number }>;
  makeBlankTemplate(settings: Partial<Settings>): Promise<Made>;
}

interface Held {
  name: string;
  bytes: Uint8Array;
  checked: CheckedBytes;
  heapLimit?: number;
}

function asHeldFile(h: Held): HeldFile {
  return { name: h.name, bytes: h.bytes, ...h.checked };
}

/** The files she opened, by id, kept in the worker (the bytes never travel back). */
const files = new Map<number, Held>();
let nextId = 1;

function held(id: number): Held {
  const file = files.get(id);
  if (!file) throw new Error(`Tệp đã đóng / the file was closed (#${id})`);
  return file;
}

function summarize(snapshot: WorkbookSnapshot): SheetSummary[] {
  return snapshot.sheets.map((s) => ({ name: s.name, rowCount: rowCount(s) }));
}

/** The limit she was given and what the other open files hold of it (every open file stays in this worker). */
function budget(limit: number | undefined, except?: number): HeapBudget | undefined {
  if (!limit) return undefined;
  let held = 0;
  for (const [id, file] of files) if (id !== except) held += file.checked.heapNeed ?? 0;
  return { limit, held };
}

export const PAGE_API: PageApi = {
  async openFile(name, buffer, onStage, heapLimit) {
    const bytes = new Uint8Array(buffer);
    await Promise.resolve(onStage?.('read'));
    const checked = await checkBytes(name, bytes, () => onStage?.('check'), undefined, budget(heapLimit));
    const id = nextId++;
    files.set(id, { name, bytes, checked, heapLimit });
    await Promise.resolve(onStage?.('done'));
    return openedFile(id, name, checked);
  },
  async recheck(id, mapping) {
    const file = held(id);
    file.checked = await checkBytes(file.name, file.bytes, undefined, mapping, budget(file.heapLimit, id));
    return openedFile(id, file.name, file.checked);
  },
  sheetWindow(id, sheetName, from, to) {
    const sheet = held(id).checked.snapshot.sheets.find((s) => s.name === sheetName);
    if (!sheet) return { rowCount: 0, from: 0, rows: [], hiddenRows: [] };
    // Only the rows shown are built as objects (a read sheet keeps its cells in typed columns).
    const count = rowCount(sheet);
    const start = Math.max(0, Math.min(from, count));
    const end = Math.max(start, Math.min(to, count));
    const rows: CellSnapshot[][] = [];
    for (let r = start; r < end; r++) rows.push(rowCells(sheet, r));
    return {
      rowCount: count,
      from: start,
      rows,
      hiddenRows: (sheet.hiddenRows ?? []).filter((r) => r >= start && r < end),
    };
  },
  closeFile(id) {
    files.delete(id);
  },
  async makeDownload(id, kind, opts) {
    const file = held(id);
    return { name: downloadName(file.name, kind), ...(await makeFileOutput(asHeldFile(file), kind, opts)) };
  },
  async makeConsolidated(ids) {
    const { bytes, findings } = await makeConsolidated(ids.map((id) => asHeldFile(held(id))));
    return { name: CONSOLIDATED_NAME, data: bytes, findingCount: findings.length };
  },
  async makeBlankTemplate(settings) {
    return { name: BLANK_TEMPLATE_NAME, data: await makeBlankTemplate(settings) };
  },
};

function openedFile(id: number, name: string, checked: CheckedBytes): OpenedFile {
  return {
    id,
    name,
    kind: checked.kind,
    findings: checked.findings,
    sheets: summarize(checked.snapshot),
    layout: checked.layout,
    unitName: unitNameOf(checked),
  };
}

function unitNameOf(checked: CheckedBytes): string {
  if (checked.layout) return checked.layout.tables[0]?.issuer ?? '';
  try {
    return readSettingsFromModel(buildWorkbookModel(checked.snapshot)).settings.unitName ?? '';
  } catch {
    return '';
  }
}
