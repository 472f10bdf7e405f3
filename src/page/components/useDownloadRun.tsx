import { useState } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useI18n } from '../../taskpane/i18n';
import { describeError } from '../../taskpane/format';
import { usePageText } from '../pageStrings';
import { StatusDetails } from '../../taskpane/components/StatusDetails';
import type { SavedDownload } from '../pageDownloads';

/** A download made: the file's name, or that with lines she must read beside it. */
type Made = string | SavedDownload;
type Outcome = { ok: true; name: string; remarks: string[] } | { ok: false; error: unknown };

/** One download at a time: busy while the worker makes the file, then its name or a plain error. */
export function useDownloadRun() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = async (make: () => Promise<Made>) => {
    setBusy(true);
    setOutcome(null);
    try {
      const made = await make();
      setOutcome(typeof made === 'string' ? { ok: true, name: made, remarks: [] } : { ok: true, ...made });
    } catch (error) {
      setOutcome({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };
  /** An earlier download's message must not read as the answer to what comes next. */
  const forget = () => setOutcome(null);
  return { busy, outcome, run, forget };
}

/**
 * The spinner, then "saved as …" or the error, in a live region. A file that comes with remarks
 * (a conversion's "Cần xem / check") is a warning listing them: the copy's Ghi chú cells are not
 * where she looks first.
 */
export function DownloadStatus({ busy, outcome, testId }: { busy: boolean; outcome: Outcome | null; testId: string }) {
  const { t } = useI18n();
  const p = usePageText();
  const remarks = outcome?.ok ? outcome.remarks : [];
  const intent = !outcome?.ok ? 'error' : remarks.length ? 'warning' : 'success';
  return (
    <div aria-live="polite" className="mtqg-status">
      {busy && <Spinner size="tiny" label={p('dlBusy')} labelPosition="after" />}
      {!busy && outcome && (
        <MessageBar intent={intent} data-intent={intent} layout="multiline" data-testid={testId}>
          <MessageBarBody>
            {outcome.ok ? p('dlSaved', { name: outcome.name }) : describeError(outcome.error, t)}
            <StatusDetails items={remarks} testId={`${testId}-remarks`} />
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
