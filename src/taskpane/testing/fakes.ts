import type { ApplyMode, WorkbookHost, SheetInfo } from '../../host/types';
import type { Finding } from '../../model/finding';
import type { SheetPlan } from '../../model/sheetPlan';
import type { PaneServices } from '../services';

/** A finding for pane tests; only what the test cares about needs saying. */
export function makeFinding(over: Partial<Finding> & Pick<Finding, 'code' | 'severity' | 'sheet' | 'cell'>): Finding {
  return {
    message: `Thông báo ${over.code} tại ${over.cell}`,
    messageEn: `Message ${over.code} at ${over.cell}`,
    ...over,
  };
}

/** An in-memory WorkbookHost whose calls are recorded (jest.fn) for assertions. */
export function makeFakeHost(initialSheets: string[] = []) {
  const sheets: SheetInfo[] = initialSheets.map((name) => ({ name, owner: null }));
  const host = {
    listSheets: jest.fn(async () => sheets.slice()),
    applyPlans: jest.fn(async (plans: SheetPlan[], _mode: ApplyMode) => {
      for (const p of plans)
        if (!sheets.some((s) => s.name === p.name))
          sheets.push({ name: p.name, owner: { kind: p.kind, sheetId: p.id } });
    }),
    readSnapshot: jest.fn(async () => ({ sheets: [] })),
    highlightFindings: jest.fn(async () => undefined),
    clearHighlights: jest.fn(async () => undefined),
    selectCell: jest.fn(async () => undefined),
    addDetailRow: jest.fn(async (leaf: string) => `${leaf}.01`),
  } satisfies WorkbookHost;
  return { host, sheets };
}

export function emptyPlan(id: string, name: string, kind: SheetPlan['kind'] = 'template'): SheetPlan {
  return { id, name, kind, styles: {}, cells: [], columns: [], rows: [], merges: [], validations: [] };
}

export function makeServices(host: WorkbookHost, findings: Finding[], over: Partial<PaneServices> = {}): PaneServices {
  return {
    host,
    buildTemplatePlans: jest.fn(() => [emptyPlan('settings', 'Thông tin'), emptyPlan('plan', 'Kế hoạch vốn')]),
    validateSnapshot: jest.fn(() => findings),
    buildAppendixPlans: jest.fn(() => [
      emptyPlan('pb01', 'Phụ biểu 01 - Chỉ tiêu', 'appendix'),
      emptyPlan('pb02', 'Phụ biểu 02 - Kế hoạch vốn', 'appendix'),
    ]),
    copyText: jest.fn(async () => true),
    ...over,
  };
}
