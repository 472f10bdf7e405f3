import { useCallback, useRef, useState } from 'react';
import { describeError } from '../format';
import { useI18n } from '../i18n';

export type StatusIntent = 'success' | 'error' | 'warning' | 'info';
export interface Status {
  intent: StatusIntent;
  text: string;
}

/**
 * Busy label + result message for one panel's actions: run() shows the spinner label while
 * the work runs and turns anything thrown into a plain-words error message.
 */
export function useTask() {
  const { t } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async (label: string, work: () => Promise<Status | null | void>): Promise<void> => {
      if (running.current) return; // one action at a time per panel
      running.current = true;
      setBusy(label);
      setStatus(null);
      try {
        const result = await work();
        if (result) setStatus(result);
      } catch (error) {
        setStatus({ intent: 'error', text: describeError(error, t) });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [t],
  );

  return { busy, status, setStatus, run };
}
