import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { Settings } from '../../domain/settings';
import type { LayoutMapping } from '../../layout/mapping';
import type { DownloadKind } from '../downloadNames';
import { PAGE_API, type Made, type OpenStage, type OpenedFile, type PageApi, type SheetWindow } from './pageApi';

/** URL of the built page worker (webpack DefinePlugin); undefined in unit tests. */
declare const MTQG_PAGE_WORKER_URL: string | undefined;

/** The page's worker, answering with promises (on this thread only where no worker can start). */
export interface PageCore {
  inWorker: boolean;
  openFile(
    name: string,
    bytes: ArrayBuffer,
    onStage: (stage: OpenStage) => void,
    heapLimit?: number,
  ): Promise<OpenedFile>;
  recheck(id: number, mapping: LayoutMapping): Promise<OpenedFile>;
  sheetWindow(id: number, sheet: string, from: number, to: number): Promise<SheetWindow>;
  closeFile(id: number): Promise<void>;
  makeDownload(id: number, kind: DownloadKind, opts: { unverified?: boolean }): Promise<Made>;
  makeConsolidated(ids: number[]): Promise<Made & { findingCount: number }>;
  makeBlankTemplate(settings: Partial<Settings>): Promise<Made>;
}

export function createPageCore(): PageCore {
  const url = typeof MTQG_PAGE_WORKER_URL === 'undefined' ? undefined : MTQG_PAGE_WORKER_URL;
  if (url && typeof Worker !== 'undefined') {
    try {
      const remote: Remote<PageApi> = wrap<PageApi>(new Worker(url));
      return {
        inWorker: true,
        // The bytes move to the worker (transferred, not copied): the page keeps no copy.
        openFile: (name, bytes, onStage, heapLimit) =>
          remote.openFile(name, transfer(bytes, [bytes]), proxy(onStage), heapLimit),
        recheck: (id, mapping) => remote.recheck(id, mapping),
        sheetWindow: (id, sheet, from, to) => remote.sheetWindow(id, sheet, from, to),
        closeFile: (id) => remote.closeFile(id),
        makeDownload: (id, kind, opts) => remote.makeDownload(id, kind, opts),
        makeConsolidated: (ids) => remote.makeConsolidated(ids),
        makeBlankTemplate: (settings) => remote.makeBlankTemplate(settings),
      };
    } catch {
      // A page that may not start workers: run here.
    }
  }
  return {
    inWorker: false,
    openFile: (name, bytes, onStage, heapLimit) => PAGE_API.openFile(name, bytes, onStage, heapLimit),
    recheck: (id, mapping) => PAGE_API.recheck(id, mapping),
    sheetWindow: async (id, sheet, from, to) => PAGE_API.sheetWindow(id, sheet, from, to),
    closeFile: async (id) => PAGE_API.closeFile(id),
    makeDownload: (id, kind, opts) => PAGE_API.makeDownload(id, kind, opts),
    makeConsolidated: (ids) => PAGE_API.makeConsolidated(ids),
    makeBlankTemplate: (settings) => PAGE_API.makeBlankTemplate(settings),
  };
}
