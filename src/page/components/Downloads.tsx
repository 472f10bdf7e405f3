import { useRef, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useI18n } from '../../taskpane/i18n';
import { describeError } from '../../taskpane/format';
import { useReturnFocus } from '../../taskpane/components/useReturnFocus';
import type { DownloadKind } from '../downloadNames';
import { usePageText, type PageStringKey } from '../pageStrings';

export interface DownloadRequest {
  kind: DownloadKind;
  /** Appendices from figures with errors, after she confirmed. */
  unverified?: boolean;
}

const LABEL: Record<DownloadKind, PageStringKey> = {
  annotated: 'dlAnnotated',
  reportXlsx: 'dlReportXlsx',
  reportJson: 'dlReportJson',
  appendix: 'dlAppendix',
  converted: 'dlConverted',
};

type Outcome = { ok: true; name: string } | { ok: false; error: unknown };

/** The downloads of one file; appendices with errors left ask first, the safe choice focused. */
export function Downloads({
  kinds,
  errorCount,
  onDownload,
}: {
  kinds: DownloadKind[];
  errorCount: number;
  /** Makes the file in the worker and hands it to the browser; answers with the file name. */
  onDownload: (request: DownloadRequest) => Promise<string>;
}) {
  const { t } = useI18n();
  const p = usePageText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const appendixRef = useRef<HTMLButtonElement>(null);
  const opener = useReturnFocus(appendixRef);

  const run = async (request: DownloadRequest) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, name: await onDownload(request) });
    } catch (error) {
      setOutcome({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };

  const start = (kind: DownloadKind) => {
    if (kind === 'appendix' && errorCount > 0) {
      setOutcome(null); // an earlier download's message must not read as this one's answer
      opener.remember();
      setConfirmOpen(true);
      return;
    }
    void run({ kind });
  };

  const close = (create: boolean) => {
    setConfirmOpen(false);
    opener.restore();
    if (create) void run({ kind: 'appendix', unverified: true });
  };

  return (
    <section className="mtqg-downloads mtqg-no-print" aria-label={p('downloadsTitle')}>
      <Text as="h3" weight="semibold" size={400}>
        {p('downloadsTitle')}
      </Text>
      <div className="mtqg-actions">
        {kinds.map((kind) => (
          <Button
            key={kind}
            ref={kind === 'appendix' ? appendixRef : undefined}
            data-testid={`download-${kind}`}
            disabled={busy}
            onClick={() => start(kind)}
          >
            {p(LABEL[kind])}
          </Button>
        ))}
        <Button data-testid="print" onClick={() => window.print()}>
          {p('dlPrint')}
        </Button>
      </div>
      <div aria-live="polite" className="mtqg-status">
        {busy && <Spinner size="tiny" label={p('dlBusy')} labelPosition="after" />}
        {!busy && outcome && (
          <MessageBar intent={outcome.ok ? 'success' : 'error'} layout="multiline" data-testid="download-status">
            <MessageBarBody>
              {outcome.ok ? p('dlSaved', { name: outcome.name }) : describeError(outcome.error, t)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Dialog open={confirmOpen} modalType="alert" onOpenChange={(_, d) => !d.open && close(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('appendixErrorsTitle', { count: errorCount })}</DialogTitle>
            <DialogContent>{t('appendixErrorsBody')}</DialogContent>
            <DialogActions>
              {/* The safe choice first and focused: Enter never makes unverified appendices. */}
              <Button appearance="primary" onClick={() => close(false)} data-testid="dialog-safe">
                {t('fixFirst')}
              </Button>
              <Button onClick={() => close(true)} data-testid="dialog-risky">
                {t('createAnyway')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
