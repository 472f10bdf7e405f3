import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import type { PreviewControls } from '../services';
import { PreviewGrid } from './PreviewGrid';
import { StatusArea } from './StatusArea';
import { useTask } from './useTask';

/** Shown only outside Excel: says so plainly, offers sample figures, draws the workbook. */
export function PreviewPanel({ preview }: { preview: PreviewControls }) {
  const { t } = useI18n();
  const { busy, status, run } = useTask();
  const fill = () =>
    run(t('fillingSample'), async () => {
      await preview.loadSample();
      return { intent: 'success', text: (tr) => tr('sampleFilled') };
    });
  return (
    <section className="mtqg-preview" aria-label={t('previewLabel')} data-testid="preview">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('previewLabel')}</MessageBarTitle>
          {t('previewBody')}
        </MessageBarBody>
      </MessageBar>
      <Button onClick={() => void fill()} disabled={busy !== null}>
        {t('fillSample')}
      </Button>
      <StatusArea busy={busy} status={status} />
      <PreviewGrid view={preview.view} />
    </section>
  );
}
