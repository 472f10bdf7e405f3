import { Button } from '@fluentui/react-components';
import { TemplateOptionsFields, useTemplateOptions } from '../../taskpane/components/TemplateOptionsFields';
import { usePageText } from '../pageStrings';
import { DownloadStatus, useDownloadRun } from './useDownloadRun';
import type { PageDownloads } from '../pageDownloads';
import type { OpenedFile } from '../worker/pageApi';

/** Outputs not tied to one file: the consolidation of the open files, and a blank template (Mẫu biểu options). */
export function PageTools({ files, downloads }: { files: OpenedFile[]; downloads: PageDownloads }) {
  const p = usePageText();
  const form = useTemplateOptions();
  const { busy, outcome, run } = useDownloadRun();

  return (
    <section className="mtqg-tools mtqg-no-print" aria-label={p('downloadsTitle')}>
      {files.length >= 2 && (
        <div className="mtqg-actions">
          <Button
            appearance="primary"
            data-testid="download-consolidated"
            disabled={busy}
            onClick={() => void run(() => downloads.consolidated(files))}
          >
            {`${p('dlConsolidated')} (${files.length})`}
          </Button>
        </div>
      )}
      <details className="mtqg-blank">
        <summary>{p('dlBlank')}</summary>
        <div className="mtqg-blank-form">
          <TemplateOptionsFields state={form} />
          <Button
            data-testid="download-blank"
            disabled={busy || !form.options}
            onClick={() => {
              const options = form.options;
              if (options)
                void run(() => downloads.blankTemplate({ ...options, unitName: options.unitName || undefined }));
            }}
          >
            {p('dlBlank')}
          </Button>
        </div>
      </details>
      <DownloadStatus busy={busy} outcome={outcome} testId="tools-status" />
    </section>
  );
}
