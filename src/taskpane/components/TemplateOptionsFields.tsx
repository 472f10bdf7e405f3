import { useState } from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import { LEVEL_LABELS, MONEY_UNITS, type Level, type MoneyUnit } from '../../domain/units';
import { YEAR_BOUNDS, parseSettingNumber, settingFallback } from '../../domain/settings';
import { useI18n } from '../i18n';

/** The Mẫu biểu options a blank template is built with (the settings sheet's first rows). */
export interface TemplateOptions {
  level: Level;
  year: number;
  unit: MoneyUnit;
  unitName: string;
  counterpartPercent: number;
}

export interface TemplateOptionsState {
  level: Level;
  year: string;
  unit: MoneyUnit;
  unitName: string;
  counterpart: string;
  set: (patch: Partial<Omit<TemplateOptionsState, 'set'>>) => void;
  /** The options when every field passes the settings table's rules; null otherwise. */
  options: TemplateOptions | null;
}

/** The form's state; checked by the settings table's rules (domain/settings.ts), as the settings sheet is. */
export function useTemplateOptions(): TemplateOptionsState {
  const [values, setValues] = useState({
    level: 'huyen' as Level,
    year: String(settingFallback('year')),
    unit: 'trieu' as MoneyUnit,
    unitName: '',
    counterpart: String(settingFallback('counterpartPercent')),
  });
  const year = parseSettingNumber('year', values.year);
  const counterpartPercent = parseSettingNumber('counterpartPercent', values.counterpart);
  return {
    ...values,
    set: (patch) => setValues((v) => ({ ...v, ...patch })),
    options:
      year === null || counterpartPercent === null
        ? null
        : { level: values.level, year, unit: values.unit, unitName: values.unitName.trim(), counterpartPercent },
  };
}

/** Level, year, money unit, unit name and counterpart share: the pane's Mẫu biểu form and the page's blank template. */
export function TemplateOptionsFields({ state }: { state: TemplateOptionsState }) {
  const { lang, t } = useI18n();
  const yearInvalid = parseSettingNumber('year', state.year) === null;
  const counterpartInvalid = parseSettingNumber('counterpartPercent', state.counterpart) === null;
  return (
    <>
      <Field label={t('fieldLevel')}>
        <Select value={state.level} onChange={(_, d) => state.set({ level: d.value as Level })}>
          {(Object.keys(LEVEL_LABELS) as Level[]).map((l) => (
            <option key={l} value={l}>
              {lang === 'en' ? LEVEL_LABELS[l].labelEn : LEVEL_LABELS[l].label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('fieldYear')} validationMessage={yearInvalid ? t('yearInvalid') : undefined}>
        <Input
          type="number"
          inputMode="numeric"
          min={YEAR_BOUNDS.min}
          max={YEAR_BOUNDS.max}
          value={state.year}
          onChange={(_, d) => state.set({ year: d.value })}
        />
      </Field>
      <Field label={t('fieldUnit')}>
        <Select value={state.unit} onChange={(_, d) => state.set({ unit: d.value as MoneyUnit })}>
          {(Object.keys(MONEY_UNITS) as MoneyUnit[]).map((u) => (
            <option key={u} value={u}>
              {lang === 'en' ? MONEY_UNITS[u].labelEn : MONEY_UNITS[u].label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('fieldUnitName')}>
        <Input
          value={state.unitName}
          placeholder={t('fieldUnitNamePlaceholder')}
          onChange={(_, d) => state.set({ unitName: d.value })}
        />
      </Field>
      <Field
        label={t('fieldCounterpart')}
        hint={t('fieldCounterpartHint')}
        validationMessage={counterpartInvalid ? t('counterpartInvalid') : undefined}
      >
        <Input inputMode="decimal" value={state.counterpart} onChange={(_, d) => state.set({ counterpart: d.value })} />
      </Field>
    </>
  );
}
