import { useCallback, useContext, useRef, useState } from 'react';
import { ServicesContext } from '../services';
import { describeError } from '../format';
import type { Translate } from '../i18n';

export type StatusIntent = 'success' | 'error' | 'warning' | 'info';
export interface Status {
  intent: StatusIntent;
  /** The message; a function is re-run on every render, so it follows a language switch. */
  text: string | ((t: Translate) => string);
  /** Lines to read beside the message, listed under it (a conversion's "Chưa chép", "Cần xem"). */
  details?: string[];
}

/** A status's words in the current language. */
export function statusText(status: Status, t: Translate): string {
  return typeof status.text === 'function' ? status.text(t) : status.text;
}

/**
 * Busy label + result message for one panel's actions: run() shows the spinner label while
 * the work runs and turns anything thrown into a plain-words error message. `setProgress`
 * changes the spinner label while the work runs (stage by stage).
 */
export function useTask() {
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const running = useRef(false);
  const yieldToPaint = useContext(ServicesContext)?.yieldToPaint;

  const run = useCallback(async (label: string, work: () => Promise<Status | null | void>): Promise<void> => {
    if (running.current) return; // one action at a time per panel
    running.current = true;
    setBusy(label);
    setStatus(null);
    try {
      const result = await work();
      if (result) setStatus(result);
    } catch (error) {
      setStatus({ intent: 'error', text: (t) => describeError(error, t) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  /** Show the next stage's label and let the browser paint it before the stage's work starts. */
  const setProgress = useCallback(
    (label: string): Promise<void> => {
      if (running.current) setBusy(label);
      return yieldToPaint ? yieldToPaint() : Promise.resolve();
    },
    [yieldToPaint],
  );

  return { busy, status, setStatus, run, setProgress };
}
