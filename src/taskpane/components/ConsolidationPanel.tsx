import { useRef, useState, type ChangeEvent } from 'react';
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import type { ConsolidationResult } from '../../consolidation';
import type { UnitInput, UnitReport } from '../../consolidation/types';
import type { Finding } from '../../model/finding';
import { cellRef, findingMessage } from '../findingsFilter';
import { useI18n, type StringKey } from '../i18n';
import { useServices } from '../services';
import { StatusArea } from './StatusArea';
import { useTask } from './useTask';

type Row = { file: string; state: 'waiting' | 'reading' | 'done'; input?: UnitInput };
const STATUS_KEY: Record<UnitReport['status'], StringKey> = {
  ok: 'consolidationStatusOk',
  findings: 'consolidationStatusFindings',
  unreadable: 'consolidationStatusUnreadable',
};

/** "Tổng hợp": pick the units' files, watch them read one by one, then write the consolidation. */
export function ConsolidationPanel() {
  const { lang, t } = useI18n();
  const { host, readUnitFile, consolidate, xlsxFromPlans } = useServices();
  const { busy, status, run } = useTask();
  const [level, setLevel] = useState<'huyen' | 'tinh'>('huyen');
  const [name, setName] = useState('');
  const [year, setYear] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [result, setResult] = useState<ConsolidationResult | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const reading = useRef(false);
  if (!readUnitFile || !consolidate) return null;

  const compute = (inputs: UnitInput[]) => {
    const years = inputs.flatMap((i) => (i.kind === 'read' ? [i.reading.year] : []));
    const common = years.sort((a, b) => years.filter((y) => y === b).length - years.filter((y) => y === a).length)[0];
    const chosen = Number(year) >= 2021 && Number(year) <= 2100 ? Number(year) : (common ?? new Date().getFullYear());
    return consolidate(inputs, { level, year: chosen, name });
  };

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = '';
    if (!files.length || reading.current) return;
    reading.current = true;
    setResult(null);
    setOpen(null);
    const current: Row[] = files.map((f) => ({ file: f.name, state: 'waiting' }));
    setRows([...current]);
    await run(t('consolidationReading', { done: 0, total: files.length }), async () => {
      try {
        for (let i = 0; i < files.length; i++) {
          current[i] = { ...current[i], state: 'reading' };
          setRows([...current]);
          const input = await readUnitFile(files[i].name, await files[i].arrayBuffer());
          current[i] = { ...current[i], state: 'done', input };
          setRows([...current]);
        }
        const computed = compute(current.map((r) => r.input!));
        setResult(computed);
        return {
          intent: 'info',
          text: t('consolidationRead', {
            total: files.length,
            summed: computed.summary.summed,
            unreadable: computed.summary.unreadable,
          }),
        };
      } finally {
        reading.current = false;
      }
    });
  };

  const write = () =>
    run(t('consolidationWriting'), async () => {
      // Options may have changed since reading: consolidate again from the readings kept.
      const computed = compute(rows.map((r) => r.input!));
      setResult(computed);
      await host.applyPlans(computed.plans, 'replaceOwn');
      return {
        intent: 'success',
        text: t('consolidationWritten', { names: computed.plans.map((p) => p.name).join(', ') }),
      };
    });

  const download = () =>
    run(t('consolidationWriting'), async () => {
      const computed = compute(rows.map((r) => r.input!));
      const data = await xlsxFromPlans!(computed.plans);
      const fileName = `tong-hop-${computed.options.year}.xlsx`;
      const url = URL.createObjectURL(
        new Blob([data], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { intent: 'success', text: t('consolidationDownloaded', { name: fileName }) };
    });

  const report = (i: number): UnitReport | undefined => result?.units[i];
  const findingsOf = (i: number): Finding[] => report(i)?.findings ?? [];
  return (
    <section className="mtqg-panel" aria-label={t('tabConsolidation')}>
      <Text as="p" className="mtqg-intro">
        {t('consolidationIntro')}
      </Text>
      <Field label={t('consolidationLevel')}>
        <Select
          value={level}
          onChange={(_, d) => setLevel(d.value as 'huyen' | 'tinh')}
          data-testid="consolidate-level"
        >
          <option value="huyen">{t('consolidationLevelHuyen')}</option>
          <option value="tinh">{t('consolidationLevelTinh')}</option>
        </Select>
      </Field>
      <Field label={t('fieldUnitName')}>
        <Input value={name} onChange={(_, d) => setName(d.value)} data-testid="consolidate-name" />
      </Field>
      <Field label={t('consolidationYear')}>
        <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} data-testid="consolidate-year" />
      </Field>
      <Field label={t('consolidationPick')}>
        <input
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void pick(e)}
          disabled={busy !== null}
          data-testid="consolidate-files"
        />
      </Field>
      {rows.length > 0 && (
        <table className="mtqg-table" data-testid="consolidate-status">
          <thead>
            <tr>
              <th scope="col">{t('consolidationColFile')}</th>
              <th scope="col">{t('consolidationColUnit')}</th>
              <th scope="col">{t('consolidationColStatus')}</th>
              <th scope="col">{t('consolidationColCounts')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const r = report(i);
              return (
                <tr key={`${row.file}-${i}`} data-state={row.state} data-status={r?.status ?? ''}>
                  <td>{row.file}</td>
                  <td>{r?.unit ?? (row.input?.kind === 'read' ? row.input.reading.unitName : '')}</td>
                  <td>
                    {r
                      ? t(STATUS_KEY[r.status])
                      : row.state === 'reading'
                        ? t('consolidationReadingOne')
                        : row.state === 'waiting'
                          ? t('consolidationWaiting')
                          : '…'}
                  </td>
                  <td>
                    {r && (
                      <button
                        type="button"
                        className="mtqg-link"
                        aria-label={t('consolidationShowFindings', { file: row.file })}
                        onClick={() => setOpen(open === row.file ? null : row.file)}
                      >
                        {`${r.errors} / ${r.warnings}`}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {open !== null && result && (
        <div data-testid="consolidate-unit-findings">
          <Text weight="semibold">{t('consolidationFindingsTitle', { file: open })}</Text>
          <ul className="mtqg-error-list">
            {findingsOf(rows.findIndex((r) => r.file === open)).map((f, k) => (
              <li key={k}>{`[${f.code}] ${cellRef(f)}: ${findingMessage(f, lang)}`}</li>
            ))}
            {findingsOf(rows.findIndex((r) => r.file === open)).length === 0 && <li>{t('consolidationNoFindings')}</li>}
          </ul>
        </div>
      )}
      <Button
        appearance="primary"
        onClick={() => void write()}
        disabled={busy !== null || !result || rows.some((r) => r.state !== 'done')}
        data-testid="consolidate-write"
      >
        {t('consolidationWrite')}
      </Button>
      {xlsxFromPlans && (
        <Button
          onClick={() => void download()}
          disabled={busy !== null || !result || rows.some((r) => r.state !== 'done')}
          data-testid="consolidate-download"
        >
          {t('consolidationDownload')}
        </Button>
      )}
      <StatusArea busy={busy} status={status} />
      {status === null && rows.length === 0 && (
        <Text size={200} className="mtqg-muted">
          {t('consolidationNothing')}
        </Text>
      )}
      {result && result.findings.length > 0 && (
        <details data-testid="consolidate-cross">
          <summary>{t('consolidationCrossTitle', { count: result.findings.length })}</summary>
          <ul className="mtqg-error-list">
            {result.findings.map((f, k) => (
              <li key={k}>{`[${f.code}] ${findingMessage(f, lang)}`}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
