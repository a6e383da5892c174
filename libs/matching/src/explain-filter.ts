/**
 * Why a pair was filtered out, in words a counsellor (or the youth) can act on: "Alle dagene er
 * fullbooket", "26 km unna – lenger enn grensen på 20 km". One text per filter code.
 */
import { Locale } from '@akselerator/domain';
import { FilterCode, type FilterFailure } from './hard-filters';
import { formatDistance, kindWords } from './norwegian-format';

export interface FilterExplanation {
  code: FilterCode;
  text: string;
  textEn: string;
}

/** Why a pair was filtered out, in words a counsellor can act on. */
export function describeFilter(failure: FilterFailure): FilterExplanation {
  switch (failure.code) {
    case FilterCode.NO_CONSENT:
      return filterText(
        failure.code,
        'Har ikke samtykket til å bli foreslått',
        'Has not agreed to be proposed',
      );
    case FilterCode.KIND_NOT_WANTED: {
      const kind = kindWords(failure.kind);
      return filterText(
        failure.code,
        `${kind.nb} er ikke blant typene som er valgt`,
        `${kind.en} is not among the kinds chosen`,
      );
    }
    case FilterCode.TOO_YOUNG:
      return filterText(
        failure.code,
        `Aldersgrense: fra ${failure.minAge} år`,
        `Age limit: from ${failure.minAge}`,
      );
    case FilterCode.TOO_OLD:
      return filterText(
        failure.code,
        `Aldersgrense: til og med ${failure.maxAge} år`,
        `Age limit: up to ${failure.maxAge}`,
      );
    case FilterCode.NO_UPCOMING_DATES:
      return filterText(failure.code, 'Ingen datoer igjen', 'No dates left');
    case FilterCode.FULLY_BOOKED:
      return filterText(failure.code, 'Alle dagene er fullbooket', 'All days are fully booked');
    case FilterCode.NO_DATE_THAT_SUITS:
      return filterText(
        failure.code,
        'Ingen av de ledige dagene passer med datoene som er oppgitt',
        'None of the open days fits the dates given',
      );
    case FilterCode.TOO_FAR:
      return filterText(
        failure.code,
        `${formatDistance(failure.km, Locale.NB)} unna – lenger enn grensen på ${formatDistance(failure.maxKm, Locale.NB)}`,
        `${formatDistance(failure.km, Locale.EN)} away – beyond the limit of ${formatDistance(failure.maxKm, Locale.EN)}`,
      );
  }
}

function filterText(code: FilterCode, text: string, textEn: string): FilterExplanation {
  return { code, text, textEn };
}
