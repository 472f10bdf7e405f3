import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { Button, CounterBadge, MessageBar, MessageBarBody, Text, Textarea } from '@fluentui/react-components';
import { FINDINGS_SHEET_NAME } from '../../domain/workbookLayout';
import { summarize, type Finding, type Severity } from '../../model/finding';
import type { WorkbookState } from '../../validation/workbookState';
import { buildFindingsSheetPlan, findingsReportText } from '../findingsSheetPlan';
import { asSheetExistsError } from '../format';
import { useI18n } from '../i18n';
import { copyToClipboard, useServices } from '../services';
import { FindingsList, SEVERITY_LABEL_KEY } from './FindingsList';
import { StatusArea } from './StatusArea';
import { useJump } from './useJump';
import { useTask, type Status } from './useTask';
import { useWorkbookChanges } from './useWorkbookChanges';
import { ASSUMED_STATE, WorkbookStateNote } from './WorkbookStateNote';
import { MappingReview } from './MappingReview';
import type { LayoutMapping } from '../../layout/mapping';
import { buildMappingSheetPlan } from '../../layout/savedMapping';
import { importRemarks } from '../../layout/importedPlans';

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

/** Her own table's mapping under review: as checked, and whether she edited it since. */
interface Review {
  mapping: LayoutMapping;
  edited: boolean;
}

/**
 * "Kiểm tra": check the workbook, colour the cells, list the findings, jump to them.
 * `onOpenMappingReview` (her own table): opens the review of how its columns were read;
 * by default the button brings the pane's own mapping review into view.
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
  const [review, setReview] = useState<Review | null>(null);
  const changes = useWorkbookChanges(host);
  const changesRef = useRef(changes);
  useEffect(() => {
    changesRef.current = changes;
  }, [changes]);
  const resultRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const reviewRef = useRef<HTMLDivElement>(null);
  const openMappingReview =
    onOpenMappingReview ?? (() => (reviewRef.current ?? summaryRef.current)?.scrollIntoView?.({ block: 'start' }));

  // `mapping`: re-check her own table through the mapping as edited in the review.
  const checkNow = async (mapping?: LayoutMapping): Promise<Status> => {
    setManualCopy(null);
    const changesAtRead = changesRef.current;
    await setProgress(t('stageReading'));
    const snapshot = await host.readSnapshot();
    await setProgress(t('stageChecking'));
    const [findings, state] = await Promise.all([
      mapping ? services.validateSnapshot(snapshot, mapping) : services.validateSnapshot(snapshot),
      services.assessWorkbook?.(snapshot) ?? ASSUMED_STATE,
    ]);
    // The review only for her own table (another workbook opened since drops the old one).
    const found = state.ownTable ? (mapping ?? (await services.readMapping?.(snapshot)) ?? null) : null;
    setReview(found ? { mapping: found, edited: false } : null);
    await setProgress(t('stageHighlighting'));
    await host.highlightFindings(findings);
    const at = new Date();
    // A transition: React draws thousands of findings in slices, never one long task.
    startTransition(() => setResult({ findings, at, state, changes: changesAtRead }));
    const s = summarize(findings);
    return { intent: s.error > 0 ? 'warning' : 'success', text: (tr) => tr('checkSummary', { ...s }) };
  };
  const check = (mapping?: LayoutMapping) => run(t('stageReading'), () => checkNow(mapping));

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

  const saveMapping = () =>
    run(reviewSaving[lang], async () => {
      if (!review) return null;
      await host.applyPlans([buildMappingSheetPlan(review.mapping)], 'replaceOwn');
      return { intent: 'success', text: () => reviewSaved[lang] };
    });

  // "Chuyển sang mẫu chuẩn": the template's sheets with her figures, added beside her table (hers untouched).
  const convert = services.importedTemplatePlans
    ? () =>
        void run(convertBusy[lang], async () => {
          if (!review || !services.importedTemplatePlans) return null;
          const snapshot = await host.readSnapshot();
          const { plans, left, attention } = await services.importedTemplatePlans(snapshot, review.mapping);
          try {
            await host.applyPlans(plans, 'refuse');
          } catch (error) {
            const exists = asSheetExistsError(error);
            if (!exists) throw error;
            const names = exists.names.join(', ');
            return {
              intent: 'warning',
              text: (tr) => `${tr('sheetsExistTitle')}. ${tr('sheetsExistBody', { names })}`,
            };
          }
          const names = plans.map((p) => p.name).join(', ');
          // What the CLI prints after `mtqg import` (also in the copy's Ghi chú cells), said here too.
          const notes = importRemarks({ left, attention });
          // An Excel before ExcelApi 1.18 writes the sheets without their "Từ / from" notes: said, not dropped.
          if (host.writesNotes === false && plans.some((p) => p.notes?.length)) notes.push(NOTES_NOT_WRITTEN);
          const done = convertDone[lang].replace('{names}', names);
          return { intent: notes.length ? 'warning' : 'success', text: () => done, details: notes };
        })
    : undefined;

  // "Khôi phục công thức": the template's formula back over the typed total, then check again.
  const restore = host.restoreFormula
    ? (f: Finding) =>
        void run(reviewRestoring[lang], async () => {
          if (!f.fix || !host.restoreFormula) return null;
          await host.restoreFormula(f.sheet, f.cell, f.fix.formula);
          await checkNow(review?.mapping);
          return { intent: 'success', text: () => reviewRestored[lang].replace('{ref}', `${f.sheet}!${f.cell}`) };
        })
    : undefined;

  const summary = useMemo(() => (result ? summarize(result.findings) : null), [result]);
  const stale = result !== null && changes > result.changes;
  return (
    <section className="mtqg-panel" aria-label={t('tabValidation')}>
      <Text as="p" className="mtqg-intro">
        {t('validationIntro')}
      </Text>
      <Button appearance="primary" onClick={() => void check(review?.mapping)} disabled={busy !== null}>
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
                <Button size="small" onClick={() => void check(review?.mapping)} disabled={busy !== null}>
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
              <FindingsList findings={result.findings} onSelect={select} onFix={restore} />
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
          {/* Below the findings: the counts and the first finding stay in view after a check. */}
          {review && (
            <div ref={reviewRef}>
              <MappingReview
                mapping={review.mapping}
                edited={review.edited}
                busy={busy !== null}
                onChange={(mapping) => setReview({ mapping, edited: true })}
                onRecheck={() => void check(review.mapping)}
                onSave={() => void saveMapping()}
                onConvert={convert}
              />
            </div>
          )}
        </div>
      )}
    </section>
  );
}

const reviewSaving = { vi: 'Đang lưu ánh xạ vào sổ tính…', en: 'Saving the mapping in the workbook…' };
const reviewSaved = {
  vi: 'Đã lưu ánh xạ vào sổ tính (trang ẩn mtqg_anh_xa); lần kiểm tra sau dùng lại.',
  en: 'Mapping saved in the workbook (hidden sheet mtqg_anh_xa); the next check reuses it.',
};

const convertBusy = { vi: 'Đang chuyển sang mẫu chuẩn…', en: 'Converting to the standard template…' };
const convertDone = {
  vi: 'Đã thêm mẫu chuẩn với số liệu của bảng (trang {names}); bảng của bạn giữ nguyên. Bấm Kiểm tra để kiểm tra theo mẫu.',
  en: 'Standard template added with your table’s figures ({names}); your table is unchanged. Press Check to check it as a template.',
};

const NOTES_NOT_WRITTEN =
  'Không có ghi chú nguồn / no source notes: Excel này chưa thêm được ghi chú vào ô (cần ExcelApi 1.18), nên các ô của mẫu ' +
  'không ghi “Từ / from …” ô nào của bảng; lệnh mtqg import hoặc trang kiểm tra tạo bản có ghi chú này / ' +
  'this Excel cannot add cell notes (needs ExcelApi 1.18), so the template’s cells do not say which cell of your table ' +
  'they came from; mtqg import or the checking page makes a copy with these notes';

const reviewRestoring = { vi: 'Đang khôi phục công thức…', en: 'Restoring the formula…' };
const reviewRestored = {
  vi: 'Đã khôi phục công thức ở {ref}; đã kiểm tra lại.',
  en: 'Formula restored at {ref}; checked again.',
};

/** hh:mm:ss, the same in both languages. */
function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
