import { useEffect, useRef } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { statusText, type Status } from './useTask';
import { StatusDetails } from './StatusDetails';

/**
 * The spinner while working, then the result in plain words. Announced to screen readers,
 * and scrolled into view so a result below a long form is seen without scrolling.
 */
export function StatusArea({ busy, status }: { busy: string | null; status: Status | null }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status && !busy) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [status, busy]);
  return (
    <div aria-live="polite" className="mtqg-status" ref={ref}>
      {busy && <Spinner size="tiny" label={busy} labelPosition="after" />}
      {!busy && status && (
        <MessageBar intent={status.intent} layout="multiline" data-testid="status-message">
          <MessageBarBody>
            {statusText(status, t)}
            <StatusDetails items={status.details ?? []} testId="status-details" />
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
