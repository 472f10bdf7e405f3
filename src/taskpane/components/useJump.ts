import { useCallback } from 'react';
import type { Finding } from '../../model/finding';
import { cellRef } from '../findingsFilter';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import type { Status } from './useTask';

/**
 * Go to a finding's cell. A failed jump (sheet renamed or deleted since the check) becomes
 * a plain warning in the panel, never an unhandled rejection.
 */
export function useJump(setStatus: (status: Status) => void): (f: Pick<Finding, 'sheet' | 'cell'>) => Promise<void> {
  const { host } = useServices();
  const { t } = useI18n();
  return useCallback(
    (f) =>
      host
        .selectCell(f.sheet, f.cell)
        .catch(() => setStatus({ intent: 'warning', text: t('jumpFailed', { ref: cellRef(f) }) })),
    [host, setStatus, t],
  );
}
