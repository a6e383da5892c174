import { ADAPTATIONS, Locale, STRENGTHS } from '@akselerator/domain';
import type { OpportunityFormValues } from '@/components/employer/opportunity-form';
import type { CheckboxChoice } from '@/components/forms/plain-fields';
import type { OpportunityDetails } from './api-types';

/**
 * What the opportunity forms need from the domain at render time, prepared on the server so the
 * client bundle does not carry the domain package (it loads the rules lazily for validation).
 */

const label = (item: { label: string; labelEn: string }, locale: Locale) =>
  locale === Locale.EN ? item.labelEn : item.label;

export function adaptationChoices(locale: Locale): CheckboxChoice[] {
  return ADAPTATIONS.map((item) => ({ code: item.code, label: label(item, locale) }));
}

export function strengthChoices(locale: Locale): CheckboxChoice[] {
  return STRENGTHS.map((item) => ({ code: item.code, label: label(item, locale) }));
}

/** The stored opportunity as the form's values (numbers and dates as typed text). */
export function formValuesOf(opportunity: OpportunityDetails): OpportunityFormValues {
  const { address } = opportunity;
  return {
    title: opportunity.title,
    description: opportunity.description,
    tasks: opportunity.tasks,
    practicalInfo: opportunity.practicalInfo,
    tradeCode: opportunity.tradeCode,
    street: address.street,
    postalCode: address.postalCode,
    postalPlace: address.postalPlace,
    municipalityCode: address.municipalityCode,
    latitude: address.latitude.toFixed(4),
    longitude: address.longitude.toFixed(4),
    adaptationsOffered: opportunity.adaptationsOffered,
    strengthsSought: opportunity.strengthsSought,
    places: opportunity.places === null ? '' : String(opportunity.places),
    startDate: opportunity.startDate ?? '',
    applicationDeadline: opportunity.applicationDeadline ?? '',
    requirements: opportunity.requirements,
    hoursPerWeek: opportunity.hoursPerWeek === null ? '' : String(opportunity.hoursPerWeek),
    schedule: opportunity.schedule,
  };
}
