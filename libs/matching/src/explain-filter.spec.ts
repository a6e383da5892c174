import { OpportunityKind } from '@akselerator/domain';
import { describeFilter } from './explain-filter';
import { FilterCode, type FilterFailure } from './hard-filters';

describe(describeFilter.name, () => {
  const sut = describeFilter;

  it.each<[FilterFailure, string, string]>([
    [
      { code: FilterCode.NO_CONSENT },
      'Har ikke samtykket til å bli foreslått',
      'Has not agreed to be proposed',
    ],
    [
      { code: FilterCode.KIND_NOT_WANTED, kind: OpportunityKind.APPRENTICESHIP },
      'Lærlingplass er ikke blant typene som er valgt',
      'Apprenticeship is not among the kinds chosen',
    ],
    [{ code: FilterCode.TOO_YOUNG, minAge: 16 }, 'Aldersgrense: fra 16 år', 'Age limit: from 16'],
    [
      { code: FilterCode.TOO_OLD, maxAge: 29 },
      'Aldersgrense: til og med 29 år',
      'Age limit: up to 29',
    ],
    [{ code: FilterCode.NO_UPCOMING_DATES }, 'Ingen datoer igjen', 'No dates left'],
    [{ code: FilterCode.FULLY_BOOKED }, 'Alle dagene er fullbooket', 'All days are fully booked'],
    [
      { code: FilterCode.NO_DATE_THAT_SUITS },
      'Ingen av de ledige dagene passer med datoene som er oppgitt',
      'None of the open days fits the dates given',
    ],
    [
      { code: FilterCode.TOO_FAR, km: 12.4, maxKm: 7.5 },
      '12 km unna – lenger enn grensen på 7,5 km',
      '12 km away – beyond the limit of 7.5 km',
    ],
  ])('explains %o', (failure, text, textEn) => {
    expect(sut(failure)).toEqual({ code: failure.code, text, textEn });
  });
});
