import { transfer, wrap, type Remote } from 'comlink';
import { CORE, type CoreApi } from './coreApi';
import { SnapshotSender } from './snapshotSender';
import { receivePlans } from './planChunks';
import { nextTask } from '../../host/xlsx/slices';

/** URL of the built worker script (webpack DefinePlugin); undefined in tests and the CLI. */
declare const MTQG_CORE_WORKER_URL: string | undefined;

type PaneCore = Pick<
  CoreApi,
  | 'validateSnapshot'
  | 'assessWorkbook'
  | 'buildAppendixPlans'
  | 'readMapping'
  | 'importedTemplatePlans'
  | 'readUnitFile'
>;
export type AsyncCore = {
  [K in keyof PaneCore]: (...args: Parameters<PaneCore[K]>) => Promise<ReturnType<PaneCore[K]>>;
};

/**
 * The core in a Web Worker when the page can start one; otherwise the same functions on this
 * thread (still answering with promises, so callers are the same either way). A snapshot goes
 * to the worker in slices with `pause` between them, once for every call on it.
 */
export function createCore(pause: () => Promise<void> = nextTask): { core: AsyncCore; inWorker: boolean } {
  const url = typeof MTQG_CORE_WORKER_URL === 'undefined' ? undefined : MTQG_CORE_WORKER_URL;
  if (url && typeof Worker !== 'undefined') {
    try {
      const remote: Remote<CoreApi> = wrap<CoreApi>(new Worker(url));
      const sender = new SnapshotSender(remote, pause);
      return {
        inWorker: true,
        core: {
          validateSnapshot: (s, m) => sender.withStored(s, (id) => remote.validateStored(id, m)),
          assessWorkbook: (s) => sender.withStored(s, (id) => remote.assessStored(id)),
          // The plans come back a few thousand cells a message, not in one long message.
          buildAppendixPlans: async (s, o) =>
            receivePlans(await sender.withStored(s, (id) => remote.buildAppendixChunked(id, o)), remote),
          readMapping: (s) => sender.withStored(s, (id) => remote.readMappingStored(id)),
          importedTemplatePlans: (s, m) => sender.withStored(s, (id) => remote.importStored(id, m)),
          // A unit's file is read and checked there: the bytes move to the worker, not copied.
          readUnitFile: (name, data) => remote.readUnitFile(name, transfer(data, [data])),
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
      importedTemplatePlans: async (s, m) => CORE.importedTemplatePlans(s, m),
      readUnitFile: async (name, data) => CORE.readUnitFile(name, data),
    },
  };
}
