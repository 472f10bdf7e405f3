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
import type { SheetPlan } from '../../model/sheetPlan';
import { asSheetExistsError } from '../format';
import { useI18n } from '../i18n';
import { freeSuffix, renamePlans } from '../renamePlans';
import { useServices } from '../services';
import { DetailRowForm } from './DetailRowForm';
import { TemplateOptionsFields, useTemplateOptions } from './TemplateOptionsFields';
import { StatusArea } from './StatusArea';
import { useTask, type Status } from './useTask';
import { useReturnFocus } from './useReturnFocus';

interface Conflict {
  names: string[];
  plans: SheetPlan[];
  suffix: string;
}

/** "Mẫu biểu": the template options form, loading the four template sheets, detail rows. */
export function TemplatesPanel() {
  const { t } = useI18n();
  const { host, buildTemplatePlans } = useServices();
  const { busy, status, run } = useTask();
  const form = useTemplateOptions();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  /** Bumped after every write, so the detail-row form looks for the plan sheet again. */
  const [written, setWritten] = useState(0);
  const submitRef = useRef<HTMLButtonElement>(null);
  const opener = useReturnFocus(submitRef);

  const created = (plans: SheetPlan[]): Status => {
    setWritten((n) => n + 1);
    const names = plans.map((p) => p.name).join(', ');
    return { intent: 'success', text: (tr) => tr('templatesCreated', { count: plans.length, names }) };
  };

  const load = () =>
    run(t('loadingTemplates'), async () => {
      if (!form.options) return null;
      const plans = buildTemplatePlans(form.options);
      try {
        await host.applyPlans(plans, 'refuse');
        return created(plans);
      } catch (error) {
        const exists = asSheetExistsError(error);
        if (!exists) throw error;
        const existing = (await host.listSheets()).map((s) => s.name);
        opener.remember();
        setConflict({
          names: exists.names,
          plans,
          suffix: freeSuffix(
            plans.map((p) => p.name),
            existing,
          ),
        });
        const names = exists.names.join(', ');
        return { intent: 'warning', text: (tr) => `${tr('sheetsExistTitle')}. ${tr('sheetsExistBody', { names })}` };
      }
    });

  const closeConflict = () => {
    setConflict(null);
    opener.restore();
  };

  const applyWithOtherNames = () => {
    if (!conflict) return;
    const renamed = renamePlans(conflict.plans, conflict.suffix);
    closeConflict();
    void run(t('loadingTemplates'), async () => {
      await host.applyPlans(renamed, 'refuse');
      return created(renamed);
    });
  };

  return (
    <section className="mtqg-panel" aria-label={t('tabTemplates')}>
      <Text as="p" className="mtqg-intro">
        {t('templatesIntro')}
      </Text>
      <details className="mtqg-intro" data-testid="disbursement-hint">
        <summary>{t('templatesDisbursementTitle')}</summary>
        <Text as="p">{t('templatesDisbursementHint')}</Text>
      </details>
      <form
        className="mtqg-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (form.options) void load();
        }}
      >
        <TemplateOptionsFields state={form} />
        <Button type="submit" appearance="primary" disabled={busy !== null || !form.options} ref={submitRef}>
          {t('loadTemplates')}
        </Button>
      </form>
      <StatusArea busy={busy} status={status} />

      <Dialog
        open={conflict !== null}
        onOpenChange={(_, d) => {
          if (!d.open) closeConflict();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('sheetsExistTitle')}</DialogTitle>
            <DialogContent>
              <MessageBar intent="warning">
                <MessageBarBody>
                  <MessageBarTitle>{conflict?.names.join(', ')}</MessageBarTitle>
                  {t('sheetsExistBody', { names: conflict?.names.join(', ') ?? '' })}
                </MessageBarBody>
              </MessageBar>
              <Text as="p">{t('sheetsExistQuestion', { suffix: conflict?.suffix.trim() ?? '' })}</Text>
            </DialogContent>
            <DialogActions>
              {/* Keeping the workbook as it is comes first and takes Enter. */}
              <Button appearance="primary" onClick={closeConflict} data-testid="dialog-safe">
                {t('cancel')}
              </Button>
              <Button onClick={applyWithOtherNames} data-testid="dialog-risky">
                {t('useOtherNames')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <DetailRowForm written={written} />
    </section>
  );
}
