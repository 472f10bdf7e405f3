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

const ERRORS_SHOWN = 3;

/** "Phụ biểu": check, then build Phụ biểu 01–04 (asking first when errors remain). */
export function AppendixPanel() {
  const { lang, t } = useI18n();
  const { host, validateSnapshot, buildAppendixPlans } = useServices();
  const { busy, status, setStatus, run } = useTask();
  const jump = useJump(setStatus);
  const [errors, setErrors] = useState<Finding[]>([]);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const pending = useRef<WorkbookSnapshot | null>(null);

  const generate = async (snapshot: WorkbookSnapshot, unverified: boolean): Promise<Status> => {
    const plans = buildAppendixPlans(snapshot, { unverified });
    await host.applyPlans(plans, 'replaceOwn');
    if (plans[0]) await host.selectCell(plans[0].name, firstVisibleCell(plans[0]));
    const text = t('appendicesCreated', { names: plans.map((p) => p.name).join(', ') });
    return { intent: unverified ? 'warning' : 'success', text: unverified ? `${text} ${t('unverifiedNote')}` : text };
  };

  const start = () =>
    run(t('makingAppendices'), async () => {
      setErrors([]); // never leave an earlier run's errors beside this run's outcome
      const snapshot = await host.readSnapshot();
      const found = validateSnapshot(snapshot).filter((f) => f.severity === 'error');
      setErrors(found);
      if (found.length > 0) {
        pending.current = snapshot;
        setConfirmOpen(true);
        return null;
      }
      return generate(snapshot, false);
    });

  const confirm = () => {
    const snapshot = pending.current;
    setConfirmOpen(false);
    pending.current = null;
    if (snapshot) void run(t('makingAppendices'), () => generate(snapshot, true));
  };

  const cancel = () => {
    setConfirmOpen(false);
    pending.current = null;
    void run(t('makingAppendices'), async () => ({ intent: 'info', text: t('appendicesCancelled') }));
  };

  return (
    <section className="mtqg-panel" aria-label={t('tabAppendix')}>
      <Text as="p" className="mtqg-intro">
        {t('appendixIntro')}
      </Text>
      <Button appearance="primary" onClick={() => void start()} disabled={busy !== null}>
        {t('makeAppendices')}
      </Button>
      <StatusArea busy={busy} status={status} />
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
        onOpenChange={(_, d) => {
          if (!d.open) cancel();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('appendixErrorsTitle', { count: errors.length })}</DialogTitle>
            <DialogContent>{t('appendixErrorsBody')}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={confirm}>
                {t('createAnyway')}
              </Button>
              <Button onClick={cancel}>{t('fixFirst')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
