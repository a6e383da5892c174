import { GraphQLError } from 'graphql';

export enum OrganisationErrorCode {
  /** Also the answer when the caller may not see it: no leaking whether it exists. */
  NOT_FOUND = 'ORGANISATION_OBJECT_NOT_FOUND',
  /** The caller has no school or NAV office (or not the one this needs). */
  NO_ORGANISATION = 'NO_ORGANISATION',
  /** The young person already follows a coordinator at another NAV office. */
  YOUTH_HAS_COORDINATOR = 'YOUTH_HAS_COORDINATOR',
  /** The colleague already belongs to an employer. */
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  /** A cohort with this name already exists at the school for that school year. */
  COHORT_EXISTS = 'COHORT_EXISTS',
  /** A school or NAV office with this name is already registered. */
  ORGANISATION_EXISTS = 'ORGANISATION_EXISTS',
}

const MESSAGES_NB: Record<OrganisationErrorCode, string> = {
  [OrganisationErrorCode.NOT_FOUND]: 'Vi fant ikke det du lette etter.',
  [OrganisationErrorCode.NO_ORGANISATION]:
    'Brukeren din er ikke knyttet til en skole eller et NAV-kontor som gir tilgang til dette. Ta kontakt med programledelsen.',
  [OrganisationErrorCode.YOUTH_HAS_COORDINATOR]:
    'Denne ungdommen følges allerede opp av en koordinator. Ta kontakt med kontoret som følger opp.',
  [OrganisationErrorCode.ALREADY_MEMBER]:
    'Denne personen er allerede med i en virksomhet i Akselerator.',
  [OrganisationErrorCode.COHORT_EXISTS]:
    'Skolen har allerede en klasse med dette navnet dette skoleåret. Velg et annet navn.',
  [OrganisationErrorCode.ORGANISATION_EXISTS]:
    'Det finnes allerede en skole eller et NAV-kontor med dette navnet.',
};

/**
 * The organisations module's one exception. It is a GraphQLError carrying its code, so the shared
 * exception filter passes it through unchanged (NOT_FOUND answers with the same code as every other
 * module's not-found).
 */
export class OrganisationException extends GraphQLError {
  constructor(readonly reason: OrganisationErrorCode) {
    super(MESSAGES_NB[reason], {
      extensions: {
        code: reason === OrganisationErrorCode.NOT_FOUND ? 'NOT_FOUND' : reason,
        reason,
      },
    });
  }
}
