import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Status } from './useTask';

/** The spinner while working, then the result in plain words. Announced to screen readers. */
export function StatusArea({ busy, status }: { busy: string | null; status: Status | null }) {
  return (
    <div aria-live="polite" className="mtqg-status">
      {busy && <Spinner size="tiny" label={busy} labelPosition="after" />}
      {!busy && status && (
        <MessageBar intent={status.intent} data-testid="status-message">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
