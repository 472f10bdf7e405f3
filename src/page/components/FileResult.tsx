import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { summarize, type Finding } from '../../model/finding';
import { FindingsList } from '../../taskpane/components/FindingsList';
import { PreviewGrid } from '../../taskpane/components/PreviewGrid';
import { useI18n } from '../../taskpane/i18n';
import { cellRef } from '../../taskpane/findingsFilter';
import { FileSheetView, GRID_ROW_WINDOW } from '../fileSheetView';
import type { DownloadKind } from '../downloadNames';
import { usePageText } from '../pageStrings';
import type { OpenedFile } from '../worker/pageApi';
import type { SavedDownload } from '../pageDownloads';
import type { PageCore } from '../worker/pageClient';
import { Downloads, type DownloadRequest } from './Downloads';
import { MappingSummary } from './MappingSummary';
import type { LayoutMapping } from '../../layout/mapping';
import { PrintReport } from './PrintReport';

/** One opened file: summary, findings (filters, search) beside a read-only grid of her sheets, downloads. */
export function FileResult({
  file,
  core,
  checkedAt,
  onClose,
  onDownload,
  onRecheck,
}: {
  file: OpenedFile;
  core: Pick<PageCore, 'sheetWindow'>;
  checkedAt: Date;
  onClose: () => void;
  onDownload: (request: DownloadRequest) => Promise<SavedDownload>;
  /** Check again through the mapping she corrected (her own table only). */
  onRecheck?: (mapping: LayoutMapping) => Promise<void>;
}) {
  const { t } = useI18n();
  const p = usePageText();
  const view = useMemo(() => new FileSheetView(core, file), [core, file]);
  const counts = useMemo(() => summarize(file.findings), [file.findings]);
  const gridRef = useRef<HTMLDivElement>(null);
  const [missing, setMissing] = useState<Finding | null>(null);
  const printing = usePrinting();

  const select = (f: Finding) => {
    const shown = view.show(f);
    setMissing(shown ? null : f);
    if (shown) gridRef.current?.scrollIntoView?.({ block: 'nearest' });
  };

  // Appendices are built from the template's sheets; her own table is first converted to it.
  const kinds: DownloadKind[] = ['annotated', 'reportXlsx', 'reportJson'];
  kinds.push(file.kind === 'template' ? 'appendix' : 'converted');

  return (
    <article className="mtqg-file" aria-labelledby={`mtqg-file-${file.id}`} data-testid="file-result">
      <header className="mtqg-file-head mtqg-no-print">
        <div className="mtqg-title">
          <Text as="h2" size={500} weight="semibold" id={`mtqg-file-${file.id}`} className="mtqg-file-name">
            {file.name}
          </Text>
          <Text size={200} className="mtqg-muted" data-testid="file-kind">
            {p(file.kind === 'template' ? 'kindTemplate' : 'kindOwn')}
          </Text>
        </div>
        <Button size="small" onClick={onClose}>
          {p('closeFile')}
        </Button>
      </header>
      <MessageBar
        className="mtqg-no-print"
        intent={counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'success'}
        data-testid="file-summary"
      >
        <MessageBarBody>
          {counts.total === 0
            ? p('noFindings')
            : p('summaryCounts', { error: counts.error, warning: counts.warning, info: counts.info })}
        </MessageBarBody>
      </MessageBar>
      {file.layout && <MappingSummary layout={file.layout} onRecheck={onRecheck} />}
      <Downloads kinds={kinds} errorCount={counts.error} onDownload={onDownload} />
      <div className={`mtqg-file-body mtqg-no-print${file.findings.length ? '' : ' mtqg-file-body-grid-only'}`}>
        {file.findings.length > 0 && (
          <section className="mtqg-file-findings" aria-label={p('findingsTitle')}>
            <Text as="h3" weight="semibold" size={400}>
              {p('findingsTitle')}
            </Text>
            <FindingsList findings={file.findings} onSelect={select} />
          </section>
        )}
        <section className="mtqg-file-grid" aria-label={p('gridTitle')} ref={gridRef}>
          <Text as="h3" weight="semibold" size={400}>
            {p('gridTitle')}
          </Text>
          {missing && (
            <MessageBar intent="warning" data-testid="cell-missing">
              <MessageBarBody>{t('jumpSheetMissing', { sheet: missing.sheet, ref: cellRef(missing) })}</MessageBarBody>
            </MessageBar>
          )}
          <PreviewGrid view={view} rowWindow={GRID_ROW_WINDOW} />
        </section>
      </div>
      {printing && (
        <PrintReport fileName={file.name} unitName={file.unitName} findings={file.findings} checkedAt={checkedAt} />
      )}
    </article>
  );
}

/** True while the browser prints: the report table is drawn only then (thousands of rows cost nothing on screen). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
