import {
  AGDER_MUNICIPALITIES,
  FieldErrorCode,
  Locale,
  PROGRAMMES,
  validateHospiteringDraft,
} from '@akselerator/domain';
import type { TradeGroup } from '@/components/employer/hospitering-form';

/**
 * What the hospitering form needs from the domain at render time, prepared on the server so
 * the client bundle does not carry the domain package (it loads the rules lazily for validation).
 */

export function tradeGroups(locale: Locale): TradeGroup[] {
  const label = (item: { label: string; labelEn: string }) =>
    locale === Locale.EN ? item.labelEn : item.label;
  return PROGRAMMES.map((programme) => ({
    code: programme.code,
    label: label(programme),
    trades: programme.trades.map((trade) => ({ code: trade.code, label: label(trade) })),
  }));
}

export const municipalities = AGDER_MUNICIPALITIES;

/**
 * The fields the shared rules require, read from the rules themselves (by validating an empty
 * draft), so the "(valgfritt)" marks never drift from what the validation and the API enforce.
 */
export function requiredHospiteringFields(): string[] {
  const empty = {
    title: '',
    description: '',
    tasks: '',
    practicalInfo: '',
    tradeCode: '',
    address: {
      street: '',
      postalCode: '',
      postalPlace: '',
      municipalityCode: '',
      latitude: 0,
      longitude: 0,
    },
    slots: [],
  };
  return validateHospiteringDraft(empty, '2000-01-01')
    .filter((error) => error.code === FieldErrorCode.REQUIRED)
    .map((error) => error.field);
}
