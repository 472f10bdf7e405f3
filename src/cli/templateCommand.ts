import * as path from 'path';
import type { Command } from 'commander';
import { z } from 'zod';
import { LEVEL_LABELS, MONEY_UNITS } from '../domain/units';
import {
  NOT_A_NUMBER_MESSAGE,
  SETTING_ROWS,
  settingFallback,
  settingsSchema,
  type SettingField,
  type SettingsInput,
} from '../domain/settings';
import { checkWriteTarget, writeFileSafely } from '../host/xlsx/safeWrite';
import { buildBlankTemplate } from '../host/xlsx/outputs/blankTemplate';
import { CliError, EXIT, rethrowFileError } from './errors';

/** The settings `mtqg template` takes as flags (the field table's rows with a flag). */
const FLAG_FIELDS = SETTING_ROWS.flatMap(([name, f]) =>
  f.flag ? [{ name, flag: f.flag, key: optionKey(f.flag), field: f }] : [],
);

/** Commander's key for a flag: --counterpart-scope → counterpartScope. */
function optionKey(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** "phải là … / must be …" → "--year phải là … / --year must be …". */
function flagMessage(flag: string, message: string): string {
  return message
    .split(' / ')
    .map((part) => `--${flag} ${part}`)
    .join(' / ');
}

/** A flag's rule: commander hands over strings, so numbers are coerced before the field's rule. */
function flagRule(name: SettingField): z.ZodType {
  const f = SETTING_ROWS.find(([n]) => n === name)![1];
  const rule = settingsSchema.shape[name] as z.ZodType<unknown, unknown>;
  const input = f.bounds
    ? z.coerce.number({ error: NOT_A_NUMBER_MESSAGE }).pipe(rule as z.ZodType<unknown, number>)
    : rule;
  return z.preprocess((v) => (v === undefined ? settingFallback(name) : v), input);
}

/** Flags of `mtqg template`, as commander hands them over (strings). */
const templateFlagsSchema = z.object({
  out: z
    .string()
    .trim()
    .min(1, '--out là bắt buộc / --out is required')
    .refine((p) => p.toLowerCase().endsWith('.xlsx'), '--out phải là tệp .xlsx / --out must end in .xlsx'),
  force: z.boolean().default(false),
  /** "Xã A,Xã B": adds "Giao vốn theo đơn vị" with one row per lower unit. */
  units: z
    .string()
    .optional()
    .transform((s) =>
      (s ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    ),
  ...Object.fromEntries(FLAG_FIELDS.map(({ name, key }) => [key, flagRule(name)])),
});
export type TemplateFlags = z.infer<typeof templateFlagsSchema>;

export function parseTemplateFlags(raw: Record<string, unknown>): TemplateFlags {
  const parsed = templateFlagsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue.path.length ? String(issue.path[0]) : '';
    const flag = FLAG_FIELDS.find((f) => f.key === key)?.flag ?? key;
    const message = issue.message.includes('--')
      ? issue.message
      : flag
        ? flagMessage(flag, issue.message)
        : `options: ${issue.message}`;
    throw new CliError(message, EXIT.unusable);
  }
  return parsed.data;
}

/** The settings the flags give (each flag onto its field of the table). */
export function settingsFromFlags(flags: TemplateFlags): SettingsInput {
  const values = flags as Record<string, unknown>;
  return Object.fromEntries(FLAG_FIELDS.map(({ name, key }) => [name, values[key]]));
}

export async function runTemplate(
  raw: Record<string, unknown>,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const flags = parseTemplateFlags(raw);
  const target = path.resolve(flags.out);
  // Refused before the (slow) serialisation; writeFileSafely checks again before the rename.
  await checkWriteTarget(target, { force: flags.force }).catch(rethrowFileError);
  const units = (flags as { units: string[] }).units;
  const { bytes, settings, plans } = await buildBlankTemplate(settingsSchema.parse(settingsFromFlags(flags)), {
    units,
  });
  await writeFileSafely(target, bytes, { force: flags.force }).catch(rethrowFileError);
  out.write(`Đã tạo mẫu / wrote template: ${target}\n`);
  out.write(`  Trang tính / sheets: ${plans.map((p) => p.name).join(', ')}\n`);
  out.write(
    `  Cấp ${LEVEL_LABELS[settings.level].label}, năm ${settings.year}, đơn vị tính ${MONEY_UNITS[settings.unit].label}${settings.unitName ? `, ${settings.unitName}` : ''}\n`,
  );
}

export function registerTemplateCommand(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('template')
    .description('Tạo tệp mẫu kế hoạch / write a blank planning workbook')
    .requiredOption('--out <file>', 'tệp .xlsx cần tạo / .xlsx file to write');
  for (const { flag, field } of FLAG_FIELDS) {
    const shown = String(field.fallback());
    command.option(`--${flag} <${flag}>`, `${field.label} / ${field.labelEn}${shown ? ` [${shown}]` : ''}`);
  }
  command
    .option(
      '--units <names>',
      'thêm trang "Giao vốn theo đơn vị" cho các đơn vị cấp dưới / add the units sheet: "Xã A,Xã B"',
    )
    .option('--force', 'ghi đè tệp đã có / overwrite an existing file', false)
    .action(async (opts: Record<string, unknown>) => {
      await runTemplate(opts);
      setExit(EXIT.ok);
    });
}
