import { useState } from 'react';
import { Button, CounterBadge, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { FINDINGS_SHEET_NAME } from '../../domain/workbookLayout';
import { summarize, type Finding, type Severity } from '../../model/finding';
import { buildFindingsSheetPlan, findingsReportText } from '../findingsSheetPlan';
import { useI18n } from '../i18n';
import { copyToClipboard, useServices } from '../services';
import { FindingsList, SEVERITY_LABEL_KEY } from './FindingsList';
import { StatusArea } from './StatusArea';
import { useJump } from './useJump';
import { useTask } from './useTask';

const BADGE_COLOR: Record<Severity, 'danger' | 'important' | 'informative'> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

/** "Kiểm tra": check the workbook, colour the cells, list the findings, jump to them. */
export function ValidationPanel() {
  const { lang, t } = useI18n();
  const services = useServices();
  const { host } = services;
  const validateSnapshot = services.validateInPlace ?? services.validateSnapshot;
  const { busy, status, setStatus, run } = useTask();
  const [result, setResult] = useState<{ findings: Finding[]; at: Date } | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);

  const check = () =>
    run(t('validating'), async () => {
      setManualCopy(null);
      const snapshot = await host.readSnapshot();
      const findings = validateSnapshot(snapshot);
      setResult({ findings, at: new Date() });
      await host.highlightFindings(findings);
      return null;
    });

  const jump = useJump(setStatus);
  const select = (f: Finding) => void jump(f);

  const clear = () =>
    run(t('clearHighlights'), async () => {
      await host.clearHighlights();
      return { intent: 'success', text: t('highlightsCleared') };
    });

  const copy = () =>
    run(t('copyReport'), async () => {
      if (!result) return null;
      const text = findingsReportText(result.findings, lang, result.at);
      const ok = await (services.copyText ?? copyToClipboard)(text);
      if (ok) return { intent: 'success', text: t('reportCopied') };
      setManualCopy(text);
      return { intent: 'warning', text: t('copyManually') };
    });

  const exportSheet = () =>
    run(t('exporting', { name: FINDINGS_SHEET_NAME }), async () => {
      if (!result) return null;
      await host.applyPlans([buildFindingsSheetPlan(result.findings, result.at)], 'replaceOwn');
      return { intent: 'success', text: t('reportExported', { name: FINDINGS_SHEET_NAME }) };
    });

  const summary = result ? summarize(result.findings) : null;
  return (
    <section className="mtqg-panel" aria-label={t('tabValidation')}>
      <Text as="p" className="mtqg-intro">
        {t('validationIntro')}
      </Text>
      <Button appearance="primary" onClick={() => void check()} disabled={busy !== null}>
        {t('runValidation')}
      </Button>
      <StatusArea busy={busy} status={status} />
      {manualCopy !== null && (
        <Textarea
          readOnly
          value={manualCopy}
          resize="vertical"
          aria-label={t('copyReport')}
          className="mtqg-manual-copy"
        />
      )}
      {summary && (
        <>
          <div className="mtqg-summary" data-testid="summary">
            {(['error', 'warning', 'info'] as Severity[]).map((s) => (
              <span key={s} className="mtqg-summary-item" data-testid={`count-${s}`} data-count={summary[s]}>
                <CounterBadge
                  count={summary[s]}
                  showZero
                  color={BADGE_COLOR[s]}
                  appearance={summary[s] ? 'filled' : 'ghost'}
                />
                <Text>{t(SEVERITY_LABEL_KEY[s])}</Text>
              </span>
            ))}
          </div>
          {summary.total === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t('noFindings')}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <div className="mtqg-actions">
                <Button size="small" onClick={() => void clear()} disabled={busy !== null}>
                  {t('clearHighlights')}
                </Button>
                <Button size="small" onClick={() => void copy()} disabled={busy !== null}>
                  {t('copyReport')}
                </Button>
                <Button size="small" onClick={() => void exportSheet()} disabled={busy !== null}>
                  {t('exportReport')}
                </Button>
              </div>
              <FindingsList findings={result!.findings} onSelect={select} />
            </>
          )}
        </>
      )}
    </section>
  );
}
