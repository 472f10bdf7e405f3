import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { WorkbookState } from '../../validation/workbookState';
import { useI18n } from '../i18n';

/**
 * The truth about a workbook before its findings: no template set (with a way to Mẫu biểu),
 * her own table checked in place (with a way to how its columns were read), or a template
 * with no figures yet. Nothing when the template has figures.
 */
export function WorkbookStateNote({
  state,
  onOpenTemplates,
  onOpenMappingReview,
}: {
  state: WorkbookState;
  onOpenTemplates?: () => void;
  /** Her own table: where the pane shows how its columns were read (the mapping review). */
  onOpenMappingReview?: () => void;
}) {
  const { t } = useI18n();
  if (state.ownTable)
    return (
      <MessageBar intent="info" layout="multiline" data-testid="workbook-state">
        <MessageBarBody>{t('ownTableNote')}</MessageBarBody>
        {onOpenMappingReview && (
          <MessageBarActions>
            <Button size="small" onClick={onOpenMappingReview}>
              {t('openMappingReview')}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  if (state.hasTemplate && state.hasFigures) return null;
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
