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
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import type { Finding } from '../../model/finding';
import type { WorkbookSnapshot } from '../../model/snapshot';
import { cellRef, findingMessage } from '../findingsFilter';
import { firstVisibleCell } from '../firstVisibleCell';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { StatusArea } from './StatusArea';
import { useJump } from './useJump';
import { useTask, type Status } from './useTask';
import { useReturnFocus } from './useReturnFocus';
import { ASSUMED_STATE } from './WorkbookStateNote';

const ERRORS_SHOWN = 3;

/** "Phụ biểu": check, then build Phụ biểu 01–04 (asking first when errors remain). */
export function AppendixPanel({ onOpenTemplates }: { onOpenTemplates?: () => void }) {
  const { lang, t } = useI18n();
  const services = useServices();
  const { host } = services;
  const { busy, status, setStatus, run, setProgress } = useTask();
  const jump = useJump(setStatus);
  const [errors, setErrors] = useState<Finding[]>([]);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [needsTemplate, setNeedsTemplate] = useState(false);
  const pending = useRef<WorkbookSnapshot | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const opener = useReturnFocus(startRef);

  const generate = async (snapshot: WorkbookSnapshot, unverified: boolean): Promise<Status> => {
    await setProgress(t('stageBuilding'));
    const plans = await services.buildAppendixPlans(snapshot, { unverified });
    await setProgress(t('stageWriting'));
    await host.applyPlans(plans, 'replaceOwn');
    if (plans[0]) await host.selectCell(plans[0].name, firstVisibleCell(plans[0]));
    const names = plans.map((p) => p.name).join(', ');
    return {
      intent: unverified ? 'warning' : 'success',
      text: (tr) => {
        const text = tr('appendicesCreated', { names });
        return unverified ? `${text} ${tr('unverifiedNote')}` : text;
      },
    };
  };

  const start = () =>
    run(t('stageReading'), async () => {
      setErrors([]); // never leave an earlier run's errors beside this run's outcome
      setNeedsTemplate(false);
      await setProgress(t('stageReading'));
      const snapshot = await host.readSnapshot();
      await setProgress(t('stageChecking'));
      const state = (await services.assessWorkbook?.(snapshot)) ?? ASSUMED_STATE;
      // Appendices of nothing are refused outright: no "create anyway" for an empty workbook.
      if (!state.hasTemplate) {
        setNeedsTemplate(true);
        return { intent: 'error', text: (tr) => tr('appendixNeedsTemplate') };
      }
      if (!state.hasFigures) return { intent: 'error', text: (tr) => tr('appendixNeedsFigures') };
      const found = (await services.validateSnapshot(snapshot)).filter((f) => f.severity === 'error');
      setErrors(found);
      if (found.length > 0) {
        pending.current = snapshot;
        opener.remember();
        setConfirmOpen(true);
        return null;
      }
      return generate(snapshot, false);
    });

  const closeDialog = () => {
    setConfirmOpen(false);
    pending.current = null;
    opener.restore();
  };

  const confirm = () => {
    const snapshot = pending.current;
    closeDialog();
    if (snapshot) void run(t('makingAppendices'), () => generate(snapshot, true));
  };

  const cancel = () => {
    closeDialog();
    setStatus({ intent: 'info', text: (tr) => tr('appendicesCancelled') });
  };

  return (
    <section className="mtqg-panel" aria-label={t('tabAppendix')}>
      <Text as="p" className="mtqg-intro">
        {t('appendixIntro')}
      </Text>
      <Button appearance="primary" onClick={() => void start()} disabled={busy !== null} ref={startRef}>
        {t('makeAppendices')}
      </Button>
      <StatusArea busy={busy} status={status} />
      {needsTemplate && onOpenTemplates && (
        <MessageBar intent="warning" data-testid="appendix-needs-template">
          <MessageBarBody>{t('noTemplate')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onOpenTemplates}>
              {t('openTemplates')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {errors.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="appendix-errors">
          <MessageBarBody>
            <MessageBarTitle>{t('appendixErrorsTitle', { count: errors.length })}</MessageBarTitle>
            <ul className="mtqg-error-list">
              {errors.slice(0, ERRORS_SHOWN).map((f, i) => (
                <li key={i}>
                  <button type="button" className="mtqg-link" onClick={() => void jump(f)}>
                    {cellRef(f)}
                  </button>
                  {`: ${findingMessage(f, lang)}`}
                </li>
              ))}
              {errors.length > ERRORS_SHOWN && <li>{t('moreErrors', { count: errors.length - ERRORS_SHOWN })}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Dialog
        open={confirmOpen}
        modalType="alert"
        onOpenChange={(_, d) => {
          if (!d.open) cancel();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('appendixErrorsTitle', { count: errors.length })}</DialogTitle>
            <DialogContent>{t('appendixErrorsBody')}</DialogContent>
            <DialogActions>
              {/* The safe choice first and focused: Enter must never create unverified appendices. */}
              <Button appearance="primary" onClick={cancel} data-testid="dialog-safe">
                {t('fixFirst')}
              </Button>
              <Button onClick={confirm} data-testid="dialog-risky">
                {t('createAnyway')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
