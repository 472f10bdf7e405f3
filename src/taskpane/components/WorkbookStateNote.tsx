import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { WorkbookState } from '../../validation/workbookState';
import { useI18n } from '../i18n';

/**
 * The truth about a workbook before its findings: no template set (with a way to Mẫu biểu)
 * or a template with no figures yet. Nothing when the workbook has figures.
 */
export function WorkbookStateNote({ state, onOpenTemplates }: { state: WorkbookState; onOpenTemplates?: () => void }) {
  const { t } = useI18n();
  // Her own table is checked in place: nothing to warn about before the findings.
  if ((state.hasTemplate && state.hasFigures) || state.ownTable) return null;
  return (
    <MessageBar intent={state.hasTemplate ? 'info' : 'warning'} layout="multiline" data-testid="workbook-state">
      <MessageBarBody>{t(state.hasTemplate ? 'noFiguresYet' : 'noTemplate')}</MessageBarBody>
      {!state.hasTemplate && onOpenTemplates && (
        <MessageBarActions>
          <Button size="small" onClick={onOpenTemplates}>
            {t('openTemplates')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Assume a usable workbook when the pane was given no assessor (older wiring, tests). */
export const ASSUMED_STATE: WorkbookState = { hasTemplate: true, hasFigures: true };
