import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { catalog } from '../../domain/catalog';
import { SHEET_NAMES } from '../../domain/workbookLayout';
import type { WorkbookHost } from '../../host/types';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { StatusArea } from './StatusArea';
import { useTask } from './useTask';
import { useWorkbookChanges } from './useWorkbookChanges';

/** "Thêm dòng chi tiết": a named row (one road, one class) under a leaf line of Kế hoạch vốn. */
export function DetailRowForm({ written = 0 }: { written?: number }) {
  const { lang, t } = useI18n();
  const { host } = useServices();
  const changes = useWorkbookChanges(host);
  const hasPlan = usePlanSheet(host, written + changes);
  const { busy, status, setStatus, run } = useTask();
  const leaves = useMemo(() => catalog.nodes.filter((n) => n.isLeaf), []);
  const [leafCode, setLeafCode] = useState(
    leaves.find((l) => l.code === 'DA4.TDA1.ND1')?.code ?? leaves[0]?.code ?? '',
  );
  const [name, setName] = useState('');

  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setStatus({ intent: 'warning', text: (tr) => tr('detailNameMissing') });
      return;
    }
    void run(t('addingDetail'), async () => {
      const code = await host.addDetailRow(leafCode, trimmed);
      setName('');
      return { intent: 'success', text: (tr) => tr('detailAdded', { code, name: trimmed }) };
    });
  };

  return (
    <section className="mtqg-subsection" aria-labelledby="mtqg-detail-title">
      <Text as="h2" weight="semibold" id="mtqg-detail-title" className="mtqg-h3">
        {t('detailTitle')}
      </Text>
      <Text as="p" className="mtqg-intro">
        {t('detailIntro')}
      </Text>
      {!hasPlan && (
        <Text as="p" size={200} className="mtqg-muted" data-testid="detail-needs-template">
          {t('detailNeedsTemplate')}
        </Text>
      )}
      <form
        className="mtqg-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <fieldset className="mtqg-fieldset" disabled={!hasPlan}>
          <Field label={t('fieldLeaf')}>
            <Select value={leafCode} onChange={(_, d) => setLeafCode(d.value)}>
              {leaves.map((l) => (
                <option key={l.code} value={l.code}>
                  {`${l.code} – ${shorten(lang === 'en' ? l.nameEn : l.name)}`}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('fieldDetailName')}>
            <Input value={name} placeholder={t('fieldDetailNamePlaceholder')} onChange={(_, d) => setName(d.value)} />
          </Field>
          <Button type="submit" disabled={busy !== null || !hasPlan}>
            {t('addDetail')}
          </Button>
        </fieldset>
      </form>
      <StatusArea busy={busy} status={status} />
    </section>
  );
}

/** Whether the workbook has the plan sheet (by its marker, or by name); looked up again when `version` changes. */
function usePlanSheet(host: WorkbookHost, version: number): boolean {
  const [hasPlan, setHasPlan] = useState(false);
  useEffect(() => {
    let live = true;
    host.listSheets().then(
      (sheets) => {
        if (!live) return;
        setHasPlan(
          sheets.some(
            (s) => (s.owner?.kind === 'template' && s.owner.sheetId === 'plan') || s.name === SHEET_NAMES.plan,
          ),
        );
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, version]);
  return hasPlan;
}

/** Official line names run to 200 characters; the dropdown shows the start. */
function shorten(name: string, max = 70): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}
