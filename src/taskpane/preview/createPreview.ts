import { PreviewWorkbookHost } from '../../host/preview/PreviewWorkbookHost';
import type { PreviewControls } from '../services';
import { buildSampleWorkbook } from '../../demo/sampleWorkbook';

export interface PreviewTestHandle {
  host: PreviewWorkbookHost;
  /** Redraw the preview grid after a test changed the workbook behind the host's back (counts as a user edit). */
  refresh(): void;
}

/** The browser preview: an empty in-memory workbook, sample figures on request. */
export function createPreview(): {
  host: PreviewWorkbookHost;
  controls: PreviewControls;
  testHandle: PreviewTestHandle;
} {
  const host = new PreviewWorkbookHost();
  const controls: PreviewControls = {
    view: host,
    loadSample: async () => host.replaceWorkbook(await buildSampleWorkbook({ withSlips: true })),
  };
  return {
    host,
    controls,
    testHandle: {
      host,
      refresh: () => {
        host.noteChange();
        host.emit();
      },
    },
  };
}
