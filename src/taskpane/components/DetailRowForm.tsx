import { useMemo, useState } from 'react';
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { catalog } from '../../domain/catalog';
import { useI18n } from '../i18n';
import { useServices } from '../services';
import { StatusArea } from './StatusArea';
import { useTask } from './useTask';

/** "Thêm dòng chi tiết": a named row (one road, one class) under a leaf line of Kế hoạch vốn. */
export function DetailRowForm() {
  const { lang, t } = useI18n();
  const { host } = useServices();
  const { busy, status, setStatus, run } = useTask();
  const leaves = useMemo(() => catalog.nodes.filter((n) => n.isLeaf), []);
  const [leafCode, setLeafCode] = useState(
    leaves.find((l) => l.code === 'DA4.TDA1.ND1')?.code ?? leaves[0]?.code ?? '',
  );
  const [name, setName] = useState('');

  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setStatus({ intent: 'warning', text: t('detailNameMissing') });
      return;
    }
    void run(t('addingDetail'), async () => {
      const code = await host.addDetailRow(leafCode, trimmed);
      setName('');
      return { intent: 'success', text: t('detailAdded', { code, name: trimmed }) };
    });
  };

  return (
    <section className="mtqg-subsection" aria-labelledby="mtqg-detail-title">
      <Text as="h3" weight="semibold" id="mtqg-detail-title" className="mtqg-h3">
        {t('detailTitle')}
      </Text>
      <Text as="p" className="mtqg-intro">
        {t('detailIntro')}
      </Text>
      <form
        className="mtqg-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
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
        <Button type="submit" disabled={busy !== null}>
          {t('addDetail')}
        </Button>
      </form>
      <StatusArea busy={busy} status={status} />
    </section>
  );
}

/** Official line names run to 200 characters; the dropdown shows the start. */
function shorten(name: string, max = 70): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}
