import type { Finding } from '../../model/finding';
import type { SheetPlan } from '../../model/sheetPlan';
import type { CellSnapshot, WorkbookSnapshot } from '../../model/snapshot';
import { buildAppendixPlans } from '../../appendix';
import type { WorkbookState } from '../../validation/workbookState';
import { assessAnyWorkbook, readOwnMapping, validateAnyWorkbook } from '../../layout/validateAny';
import type { LayoutMapping } from '../../layout/mapping';
import { SnapshotStore, type SheetHead } from './snapshotStore';
import { importedCopy, importedTemplatePlans, type ImportedCopy } from '../../layout/importedPlans';
import { PlanOutbox, type PlanHead } from './planChunks';
import type { UnitInput } from '../../consolidation';
import { readUnitBytes } from '../../host/xlsx/outputs/unitReading';

/** The pure core the pane runs off the UI thread: plain data in, plain data out. */
export interface CoreApi {
  /** `mapping`: her own table read through this (edited) mapping instead of the saved / found one. */
  validateSnapshot(snapshot: WorkbookSnapshot, mapping?: LayoutMapping): Finding[];
  assessWorkbook(snapshot: WorkbookSnapshot): WorkbookState;
  buildAppendixPlans(snapshot: WorkbookSnapshot, opts?: { unverified?: boolean }): SheetPlan[];
  /** Her own table's mapping (saved review laid over what the reader finds); null for a template. */
  readMapping(snapshot: WorkbookSnapshot): LayoutMapping | null;
  /** Her own table → the template's sheet plans holding her figures, and what was not carried or needs a look. */
  importedTemplatePlans(snapshot: WorkbookSnapshot, mapping: LayoutMapping): ImportedCopy;
  /** A snapshot sent in slices (see snapshotStore.ts): its sheets without rows first… */
  beginSnapshot(id: number, heads: SheetHead[]): void;
  /** …then its rows, a slice at a time… */
  addSnapshotRows(id: number, sheet: number, start: number, rows: CellSnapshot[][]): void;
  /** …then the same core functions on it by id. */
  validateStored(id: number, mapping?: LayoutMapping): Finding[];
  assessStored(id: number): WorkbookState;
  buildAppendixStored(id: number, opts?: { unverified?: boolean }): SheetPlan[];
  readMappingStored(id: number): LayoutMapping | null;
  importStored(id: number, mapping: LayoutMapping): ImportedCopy;
  /** The appendices kept in the worker: their heads now, their cells a message at a time (planChunks.ts). */
  buildAppendixChunked(id: number, opts?: { unverified?: boolean }): { token: number; heads: PlanHead[] };
  takePlanCells(token: number, plan: number, start: number): SheetPlan['cells'];
  dropPlans(token: number): void;
  /** "Tổng hợp": one unit's file (its bytes handed over, not copied) → what consolidation keeps of it. */
  readUnitFile(name: string, data: ArrayBuffer): UnitInput;
}

const store = new SnapshotStore();
const outbox = new PlanOutbox();

/** Kiểm tra works on any open workbook: the template, or her own table read in place. */
export const CORE: CoreApi = {
  validateSnapshot: (snapshot, mapping) => validateAnyWorkbook(snapshot, mapping),
  assessWorkbook: assessAnyWorkbook,
  buildAppendixPlans: (snapshot, opts) => buildAppendixPlans(snapshot, opts),
  readMapping: readOwnMapping,
  importedTemplatePlans: (snapshot, mapping) => importedCopy(importedTemplatePlans(snapshot, mapping)),
  beginSnapshot: (id, heads) => store.begin(id, heads),
  addSnapshotRows: (id, sheet, start, rows) => store.addRows(id, sheet, start, rows),
  validateStored: (id, mapping) => validateAnyWorkbook(store.get(id), mapping),
  assessStored: (id) => assessAnyWorkbook(store.get(id)),
  buildAppendixStored: (id, opts) => buildAppendixPlans(store.get(id), opts),
  readMappingStored: (id) => readOwnMapping(store.get(id)),
  importStored: (id, mapping) => importedCopy(importedTemplatePlans(store.get(id), mapping)),
  buildAppendixChunked: (id, opts) => outbox.put(buildAppendixPlans(store.get(id), opts)),
  takePlanCells: (token, plan, start) => outbox.take(token, plan, start),
  dropPlans: (token) => outbox.drop(token),
  readUnitFile: (name, data) => readUnitBytes(name, new Uint8Array(data)),
};
