import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { Button, CounterBadge, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { FINDINGS_SHEET_NAME } from '../../domain/workbookLayout';
import { summarize, type Finding, type Severity } from '../../model/finding';
import type { WorkbookState } from '../../validation/workbookState';
import { buildFindingsSheetPlan, findingsReportText } from '../findingsSheetPlan';
import { useI18n } from '../i18n';
import { copyToClipboard, useServices } from '../services';
import { FindingsList, SEVERITY_LABEL_KEY } from './FindingsList';
import { StatusArea } from './StatusArea';
import { useJump } from './useJump';
import { useTask } from './useTask';
import { useWorkbookChanges } from './useWorkbookChanges';
import { ASSUMED_STATE, WorkbookStateNote } from './WorkbookStateNote';

const BADGE_COLOR: Record<Severity, 'danger' | 'important' | 'informative'> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

interface CheckResult {
  findings: Finding[];
  at: Date;
  state: WorkbookState;
  /** The host's change count when the check read the workbook. */
  changes: number;
}

/**
 * "Kiểm tra": check the workbook, colour the cells, list the findings, jump to them.
 * `onOpenMappingReview` (her own table): opens the review of how its columns were read;
 * until the pane has one, the button brings the checks' result for her table into view.
 */
export function ValidationPanel({
  onOpenTemplates,
  onOpenMappingReview,
}: {
  onOpenTemplates?: () => void;
  onOpenMappingReview?: () => void;
}) {
  const { lang, t } = useI18n();
  const services = useServices();
  const { host } = services;
  const { busy, status, setStatus, run, setProgress } = useTask();
  const [result, setResult] = useState<CheckResult | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const changes = useWorkbookChanges(host);
  const changesRef = useRef(changes);
  useEffect(() => {
    changesRef.current = changes;
  }, [changes]);
  const resultRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const openMappingReview = onOpenMappingReview ?? (() => summaryRef.current?.scrollIntoView?.({ block: 'start' }));

  const check = () =>
    run(t('stageReading'), async () => {
      setManualCopy(null);
      const changesAtRead = changesRef.current;
      await setProgress(t('stageReading'));
      const snapshot = await host.readSnapshot();
      await setProgress(t('stageChecking'));
      const [findings, state] = await Promise.all([
        services.validateSnapshot(snapshot),
        services.assessWorkbook?.(snapshot) ?? ASSUMED_STATE,
      ]);
      await setProgress(t('stageHighlighting'));
      await host.highlightFindings(findings);
      const at = new Date();
      // A transition: React draws thousands of findings in slices, never one long task.
      startTransition(() => setResult({ findings, at, state, changes: changesAtRead }));
      const s = summarize(findings);
      return { intent: s.error > 0 ? 'warning' : 'success', text: (tr) => tr('checkSummary', { ...s }) };
    });

  // A new result starts at the top of the pane's view: counts and the first finding without scrolling.
  useEffect(() => {
    if (result) resultRef.current?.scrollIntoView?.({ block: 'start' });
  }, [result]);

  const jump = useJump(setStatus);
  const select = (f: Finding) => void jump(f);

  const clear = () =>
    run(t('clearHighlights'), async () => {
      await host.clearHighlights();
      return { intent: 'success', text: (tr) => tr('highlightsCleared') };
    });

  const copy = () =>
    run(t('copyReport'), async () => {
      if (!result) return null;
      const text = findingsReportText(result.findings, lang, result.at);
      const ok = await (services.copyText ?? copyToClipboard)(text);
      if (ok) return { intent: 'success', text: (tr) => tr('reportCopied') };
      setManualCopy(text);
      return { intent: 'warning', text: (tr) => tr('copyManually') };
    });

  const exportSheet = () =>
    run(t('exporting', { name: FINDINGS_SHEET_NAME }), async () => {
      if (!result) return null;
      await host.applyPlans([buildFindingsSheetPlan(result.findings, result.at)], 'replaceOwn');
      return { intent: 'success', text: (tr) => tr('reportExported', { name: FINDINGS_SHEET_NAME }) };
    });

  const summary = useMemo(() => (result ? summarize(result.findings) : null), [result]);
  const stale = result !== null && changes > result.changes;
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
      {result && summary && (
        <div className="mtqg-result" ref={resultRef}>
          <div className="mtqg-checked" data-testid="checked-at">
            <Text size={200} className="mtqg-muted">
              {t('checkedAt', { time: formatTime(result.at) })}
            </Text>
            {stale && (
              <>
                <Text size={200} weight="semibold" data-testid="stale">
                  {t('changedSince')}
                </Text>
                <Button size="small" onClick={() => void check()} disabled={busy !== null}>
                  {t('recheck')}
                </Button>
              </>
            )}
          </div>
          <WorkbookStateNote
            state={result.state}
            onOpenTemplates={onOpenTemplates}
            onOpenMappingReview={openMappingReview}
          />
          <div className="mtqg-summary" data-testid="summary" ref={summaryRef}>
            {(['error', 'warning', 'info'] as Severity[]).map((s) => (
              <span key={s} className="mtqg-summary-item" data-testid={`count-${s}`} data-count={summary[s]}>
                <CounterBadge
                  count={summary[s]}
                  overflowCount={Number.MAX_SAFE_INTEGER}
                  showZero
                  color={BADGE_COLOR[s]}
                  appearance={summary[s] ? 'filled' : 'ghost'}
                />
                <Text>{t(SEVERITY_LABEL_KEY[s])}</Text>
              </span>
            ))}
          </div>
          {summary.total === 0 ? (
            result.state.hasTemplate &&
            result.state.hasFigures && (
              <MessageBar intent="success" data-testid="no-findings">
                <MessageBarBody>{t('noFindings')}</MessageBarBody>
              </MessageBar>
            )
          ) : (
            <>
              <FindingsList findings={result.findings} onSelect={select} />
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
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** hh:mm:ss, the same in both languages. */
function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
