import { z } from 'zod';
import type { CalendarDate } from './asOfDate';

/**
 * Disbursement rules as data, each with its legal basis, so that a correction is one line.
 * Dates are relative to the workbook's plan year (NAM): `yearOffset` 0 is the plan year.
 */
const relativeDateSchema = z.object({
  yearOffset: z.number().int().min(0).max(2),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
});
export type RelativeDate = z.infer<typeof relativeDateSchema>;

export const capitalTypeSchema = z.enum(['DTPT', 'SN']);
export type CapitalType = z.infer<typeof capitalTypeSchema>;

/** Deadline by which a kind of money must be disbursed; what is left after it lapses. */
export const disbursementDeadlineSchema = z.object({
  capital: capitalTypeSchema,
  /** 'year': the plan year's own plan (KH); 'carried': previous years' plan carried into it (KD). */
  money: z.enum(['year', 'carried']),
  deadline: relativeDateSchema,
  basis: z.string().min(1),
  basisEn: z.string().min(1),
});
export type DisbursementDeadline = z.infer<typeof disbursementDeadlineSchema>;

export const DISBURSEMENT_DEADLINES: DisbursementDeadline[] = z.array(disbursementDeadlineSchema).parse([
  {
    capital: 'DTPT',
    money: 'year',
    deadline: { yearOffset: 1, month: 1, day: 31 },
    basis: 'Luật Đầu tư công 2019, Điều 68 khoản 1 (giải ngân kế hoạch năm đến 31/01 năm sau)',
    basisEn: 'Law on Public Investment 2019, Art. 68(1) (the year plan is disbursed by 31 January of the next year)',
  },
  {
    capital: 'DTPT',
    money: 'carried',
    deadline: { yearOffset: 0, month: 12, day: 31 },
    basis: 'Luật Đầu tư công 2019, Điều 68 khoản 2 (vốn kéo dài không quá 31/12 năm sau)',
    basisEn: 'Law on Public Investment 2019, Art. 68(2) (extended plans by 31 December of the next year)',
  },
  {
    capital: 'SN',
    money: 'carried',
    deadline: { yearOffset: 0, month: 12, day: 31 },
    basis: 'Luật Ngân sách nhà nước 2015, Điều 64 (chi chuyển nguồn sang năm sau, thực hiện trong năm được chuyển)',
    basisEn: 'State Budget Law 2015, Art. 64 (recurrent funds carried over are spent within the year carried into)',
  },
]);

/**
 * Disbursement progress expected of the year's plan (GN/KH of the grand total), per capital
 * type: from `from` on, a rate below `minPercent` is reported with `severity`. Targets follow
 * the government's usual quarterly push; provinces set their own, so edit this table.
 */
export const disbursementMilestoneSchema = z.object({
  from: relativeDateSchema,
  minPercent: z.number().min(0).max(100),
  severity: z.enum(['info', 'warning']),
  label: z.string().min(1),
});
export type DisbursementMilestone = z.infer<typeof disbursementMilestoneSchema>;

export const DISBURSEMENT_SCHEDULE: DisbursementMilestone[] = z.array(disbursementMilestoneSchema).parse([
  { from: { yearOffset: 0, month: 6, day: 30 }, minPercent: 30, severity: 'info', label: '30/6' },
  { from: { yearOffset: 0, month: 9, day: 30 }, minPercent: 60, severity: 'warning', label: '30/9' },
  { from: { yearOffset: 0, month: 12, day: 31 }, minPercent: 80, severity: 'warning', label: '31/12' },
]);

export function resolveDate(planYear: number, d: RelativeDate): CalendarDate {
  return { year: planYear + d.yearOffset, month: d.month, day: d.day };
}
