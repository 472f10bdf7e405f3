import { useState } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useI18n } from '../../taskpane/i18n';
import { describeError } from '../../taskpane/format';
import { usePageText } from '../pageStrings';

type Outcome = { ok: true; name: string } | { ok: false; error: unknown };

/** One download at a time: busy while the worker makes the file, then its name or a plain error. */
export function useDownloadRun() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = async (make: () => Promise<string>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, name: await make() });
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

/** The spinner, then "saved as …" or the error, in a live region. */
export function DownloadStatus({ busy, outcome, testId }: { busy: boolean; outcome: Outcome | null; testId: string }) {
  const { t } = useI18n();
  const p = usePageText();
  return (
    <div aria-live="polite" className="mtqg-status">
      {busy && <Spinner size="tiny" label={p('dlBusy')} labelPosition="after" />}
      {!busy && outcome && (
        <MessageBar intent={outcome.ok ? 'success' : 'error'} layout="multiline" data-testid={testId}>
          <MessageBarBody>
            {outcome.ok ? p('dlSaved', { name: outcome.name }) : describeError(outcome.error, t)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
