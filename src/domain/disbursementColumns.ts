import type { CapitalType } from './disbursement';
import type { DisbursementColumnKey } from './workbookLayout';

/** The six columns of one capital type, by role. */
export interface CapitalColumns {
  plan: DisbursementColumnKey;
  disbursed: DisbursementColumnKey;
  rate: DisbursementColumnKey;
  carried: DisbursementColumnKey;
  carriedDisbursed: DisbursementColumnKey;
  carriedRate: DisbursementColumnKey;
}
export const CAPITAL_COLUMNS: Record<CapitalType, CapitalColumns> = {
  DTPT: {
    plan: 'KH_DTPT',
    disbursed: 'GN_DTPT',
    rate: 'TL_DTPT',
    carried: 'KD_DTPT',
    carriedDisbursed: 'GNKD_DTPT',
    carriedRate: 'TLKD_DTPT',
  },
  SN: {
    plan: 'KH_SN',
    disbursed: 'GN_SN',
    rate: 'TL_SN',
    carried: 'KD_SN',
    carriedDisbursed: 'GNKD_SN',
    carriedRate: 'TLKD_SN',
  },
};
export const CAPITAL_TYPES: CapitalType[] = ['DTPT', 'SN'];

/** Amount columns (everything but the rates), and each rate with its numerator/denominator. */
export const DISB_AMOUNT_KEYS: DisbursementColumnKey[] = CAPITAL_TYPES.flatMap((t) => {
  const c = CAPITAL_COLUMNS[t];
  return [c.plan, c.disbursed, c.carried, c.carriedDisbursed];
});
export const DISB_RATES: Array<{
  rate: DisbursementColumnKey;
  num: DisbursementColumnKey;
  den: DisbursementColumnKey;
}> = CAPITAL_TYPES.flatMap((t) => {
  const c = CAPITAL_COLUMNS[t];
  return [
    { rate: c.rate, num: c.disbursed, den: c.plan },
    { rate: c.carriedRate, num: c.carriedDisbursed, den: c.carried },
  ];
});

/** The plan sheet's column each KH column looks up (the capital type's total, NSTW + NSĐP). */
export const PLAN_SOURCE_OF: Partial<Record<DisbursementColumnKey, 'DTPT' | 'SN'>> = { KH_DTPT: 'DTPT', KH_SN: 'SN' };
