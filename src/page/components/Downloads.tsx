import { useRef, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import { useI18n } from '../../taskpane/i18n';
import { useReturnFocus } from '../../taskpane/components/useReturnFocus';
import type { DownloadKind } from '../downloadNames';
import { usePageText, type PageStringKey } from '../pageStrings';
import { DownloadStatus, useDownloadRun } from './useDownloadRun';
import type { SavedDownload } from '../pageDownloads';

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

/** The downloads of one file; appendices with errors left ask first, the safe choice focused. */
export function Downloads({
  kinds,
  errorCount,
  onDownload,
}: {
  kinds: DownloadKind[];
  errorCount: number;
  /** Makes the file in the worker and hands it to the browser; answers with the file name and remarks. */
  onDownload: (request: DownloadRequest) => Promise<SavedDownload>;
}) {
  const { t } = useI18n();
  const p = usePageText();
  const { busy, outcome, run: runDownload, forget } = useDownloadRun();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const appendixRef = useRef<HTMLButtonElement>(null);
  const opener = useReturnFocus(appendixRef);

  const run = (request: DownloadRequest) => runDownload(() => onDownload(request));

  const start = (kind: DownloadKind) => {
    if (kind === 'appendix' && errorCount > 0) {
      forget();
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
      <DownloadStatus busy={busy} outcome={outcome} testId="download-status" />
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
