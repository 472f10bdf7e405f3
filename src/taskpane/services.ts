import { createContext, useContext } from 'react';
import type { WorkbookHost } from '../host/types';
import type { PreviewView } from '../host/preview/PreviewWorkbookHost';
import type { SheetPlan } from '../model/sheetPlan';
import type { SettingsInput } from '../domain/settings';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { Finding } from '../model/finding';
import type { consolidate, UnitInput } from '../consolidation';
import type { WorkbookState } from '../validation/workbookState';
import type { LayoutMapping } from '../layout/mapping';
import type { ImportedCopy } from '../layout/importedPlans';

/** A core function that may run here or in the worker (then it answers with a promise). */
type MaybeAsync<T> = T | Promise<T>;

/**
 * Everything the pane's components use, injected: the workbook host and the pure core
 * functions. Components never touch Office.js or ExcelJS; tests pass fakes.
 */
export interface PaneServices {
  host: WorkbookHost;
  buildTemplatePlans: (options: SettingsInput) => SheetPlan[];
  /** `mapping`: her own table checked through this (reviewed) mapping. */
  validateSnapshot: (snapshot: WorkbookSnapshot, mapping?: LayoutMapping) => MaybeAsync<Finding[]>;
  buildAppendixPlans: (snapshot: WorkbookSnapshot, opts?: { unverified?: boolean }) => MaybeAsync<SheetPlan[]>;
  /** Template present? Figures typed? Her own table? (absent: assume a filled template, as before). */
  assessWorkbook?: (snapshot: WorkbookSnapshot) => MaybeAsync<WorkbookState>;
  /** Her own table's mapping (the saved review laid over what the reader finds); null for a template. */
  readMapping?: (snapshot: WorkbookSnapshot) => MaybeAsync<LayoutMapping | null>;
  /** Her own table → the standard template's sheets holding her figures (Chuyển sang mẫu chuẩn), and what to tell her. */
  importedTemplatePlans?: (snapshot: WorkbookSnapshot, mapping: LayoutMapping) => MaybeAsync<ImportedCopy>;
  /** Tổng hợp: read one picked unit file (never throws: unreadable → its status). */
  readUnitFile?: (name: string, data: ArrayBuffer) => Promise<UnitInput>;
  consolidate?: typeof consolidate;
  /** The consolidation as a new .xlsx (download). */
  xlsxFromPlans?: (plans: SheetPlan[]) => Promise<ArrayBuffer>;
  /** Present only in the browser preview (outside Excel). */
  preview?: PreviewControls;
  /** Let the browser paint (a progress label) before the next stage's work; absent: no pause. */
  yieldToPaint?: () => Promise<void>;
  /** Clipboard writer; resolves false when the browser refuses. */
  copyText?: (text: string) => Promise<boolean>;
}

export interface PreviewControls {
  view: PreviewView;
  /** Replace the preview workbook with the sample workbook (templates + figures + slips). */
  loadSample: () => Promise<void>;
}

export const ServicesContext = createContext<PaneServices | null>(null);

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('PaneServices missing: wrap the pane in ServicesContext');
  return services;
}

/** Clipboard API first, then the old execCommand way (Office webviews often block the API). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea fallback
  }
  try {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    document.body.removeChild(area);
    return ok;
  } catch {
    return false;
  }
}
