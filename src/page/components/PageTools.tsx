import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { LEVEL_LABELS, MONEY_UNITS, type Level, type MoneyUnit } from '../../domain/units';
import { YEAR_BOUNDS } from '../../domain/settings';
import { useI18n } from '../../taskpane/i18n';
import { describeError } from '../../taskpane/format';
import { usePageText } from '../pageStrings';
import type { PageDownloads } from '../pageDownloads';
import type { OpenedFile } from '../worker/pageApi';

type Outcome = { ok: true; name: string } | { ok: false; error: unknown };

/** Outputs not tied to one file: the consolidation of the open files, and a blank template (Mẫu biểu options). */
export function PageTools({ files, downloads }: { files: OpenedFile[]; downloads: PageDownloads }) {
  const { lang, t } = useI18n();
  const p = usePageText();
  const [level, setLevel] = useState<Level>('huyen');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [unit, setUnit] = useState<MoneyUnit>('trieu');
  const [unitName, setUnitName] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const yearNumber = Number(year);
  const yearOk = Number.isInteger(yearNumber) && yearNumber >= YEAR_BOUNDS.min && yearNumber <= YEAR_BOUNDS.max;

  const run = async (make: () => Promise<string>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ ok: true, name: await make() });
    } catch (error) {
      setOutcome({ ok: false, error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="mtqg-tools mtqg-no-print" aria-label={p('downloadsTitle')}>
      {files.length >= 2 && (
        <div className="mtqg-actions">
          <Button
            appearance="primary"
            data-testid="download-consolidated"
            disabled={busy}
            onClick={() => void run(() => downloads.consolidated(files))}
          >
            {`${p('dlConsolidated')} (${files.length})`}
          </Button>
        </div>
      )}
      <details className="mtqg-blank">
        <summary>{p('dlBlank')}</summary>
        <div className="mtqg-blank-form">
          <Field label={t('fieldLevel')}>
            <Select value={level} onChange={(_, d) => setLevel(d.value as Level)}>
              {(Object.keys(LEVEL_LABELS) as Level[]).map((l) => (
                <option key={l} value={l}>
                  {lang === 'en' ? LEVEL_LABELS[l].labelEn : LEVEL_LABELS[l].label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('fieldYear')} validationMessage={yearOk ? undefined : t('yearInvalid')}>
            <Input type="number" value={year} onChange={(_, d) => setYear(d.value)} />
          </Field>
          <Field label={t('fieldUnit')}>
            <Select value={unit} onChange={(_, d) => setUnit(d.value as MoneyUnit)}>
              {(Object.keys(MONEY_UNITS) as MoneyUnit[]).map((u) => (
                <option key={u} value={u}>
                  {lang === 'en' ? MONEY_UNITS[u].labelEn : MONEY_UNITS[u].label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('fieldUnitName')}>
            <Input
              value={unitName}
              placeholder={t('fieldUnitNamePlaceholder')}
              onChange={(_, d) => setUnitName(d.value)}
            />
          </Field>
          <Button
            data-testid="download-blank"
            disabled={busy || !yearOk}
            onClick={() =>
              void run(() =>
                downloads.blankTemplate({ level, year: yearNumber, unit, unitName: unitName.trim() || undefined }),
              )
            }
          >
            {p('dlBlank')}
          </Button>
        </div>
      </details>
      <div aria-live="polite" className="mtqg-status">
        {busy && <Spinner size="tiny" label={p('dlBusy')} labelPosition="after" />}
        {!busy && outcome && (
          <MessageBar intent={outcome.ok ? 'success' : 'error'} layout="multiline" data-testid="tools-status">
            <MessageBarBody>
              {outcome.ok ? p('dlSaved', { name: outcome.name }) : describeError(outcome.error, t)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
