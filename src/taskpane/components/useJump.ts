import { useCallback } from 'react';
import type { Finding } from '../../model/finding';
import { cellRef } from '../findingsFilter';
import { useServices } from '../services';
import type { Status } from './useTask';

/**
 * Go to a finding's cell. A failed jump becomes a plain warning in the panel, never an
 * unhandled rejection: "the sheet is not in the workbook" when it is not (a missing template
 * sheet, a sheet deleted since), else a general "could not go there".
 */
export function useJump(setStatus: (status: Status) => void): (f: Pick<Finding, 'sheet' | 'cell'>) => Promise<void> {
  const { host } = useServices();
  return useCallback(
    async (f) => {
      try {
        await host.selectCell(f.sheet, f.cell);
      } catch {
        const names = await host.listSheets().then(
          (list) => list.map((s) => s.name),
          () => null,
        );
        const missing = names !== null && !names.includes(f.sheet);
        setStatus({
          intent: 'warning',
          text: (tr) =>
            missing
              ? tr('jumpSheetMissing', { sheet: f.sheet, ref: cellRef(f) })
              : tr('jumpFailed', { ref: cellRef(f) }),
        });
      }
    },
    [host, setStatus],
  );
}
