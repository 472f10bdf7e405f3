import { wrap, type Remote } from 'comlink';
import { CORE, type CoreApi } from './coreApi';

/** URL of the built worker script (webpack DefinePlugin); undefined in tests and the CLI. */
declare const MTQG_CORE_WORKER_URL: string | undefined;

export type AsyncCore = { [K in keyof CoreApi]: (...args: Parameters<CoreApi[K]>) => Promise<ReturnType<CoreApi[K]>> };

/**
 * The core in a Web Worker when the page can start one; otherwise the same functions on this
 * thread (still answering with promises, so callers are the same either way).
 */
export function createCore(): { core: AsyncCore; inWorker: boolean } {
  const url = typeof MTQG_CORE_WORKER_URL === 'undefined' ? undefined : MTQG_CORE_WORKER_URL;
  if (url && typeof Worker !== 'undefined') {
    try {
      const remote: Remote<CoreApi> = wrap<CoreApi>(new Worker(url));
      return {
        inWorker: true,
        core: {
          validateSnapshot: (s, m) => remote.validateSnapshot(s, m),
          assessWorkbook: (s) => remote.assessWorkbook(s),
          buildAppendixPlans: (s, o) => remote.buildAppendixPlans(s, o),
          readMapping: (s) => remote.readMapping(s),
        },
      };
    } catch {
      // A page that may not start workers (a strict sandbox): run here.
    }
  }
  return {
    inWorker: false,
    core: {
      validateSnapshot: async (s, m) => CORE.validateSnapshot(s, m),
      assessWorkbook: async (s) => CORE.assessWorkbook(s),
      buildAppendixPlans: async (s, o) => CORE.buildAppendixPlans(s, o),
      readMapping: async (s) => CORE.readMapping(s),
    },
  };
}
