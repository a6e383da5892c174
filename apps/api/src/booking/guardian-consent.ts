import { registerEnumType } from '@nestjs/graphql';

/** Whether a guardian has agreed to a pupil's hospitering day. Values equal keys. */
export enum GuardianConsentStatus {
  /** The pupil is 16 or older on the day. */
  NOT_NEEDED = 'NOT_NEEDED',
  /** Needed, but the school has no guardian e-mail on record yet: nobody has been asked. */
  NO_GUARDIAN = 'NO_GUARDIAN',
  /** The guardian has been e-mailed and has not answered. */
  PENDING = 'PENDING',
  GIVEN = 'GIVEN',
}
registerEnumType(GuardianConsentStatus, {
  name: 'GuardianConsentStatus',
  description: 'Whether a guardian has agreed to the day (pupils under 16)',
});

export const CONSENT_AGE = 16;

/**
 * A pupil under 16 on the day needs a guardian's consent. When the birth date is unknown, a pupil
 * in a school cohort (a 10th grader, mostly 15) is asked for it all the same: better one e-mail
 * too many to a guardian than a 15-year-old at a workplace without one.
 * Mirrored in SQL by `needsConsentSql`; the spec keeps the two in step.
 */
export function needsGuardianConsent(
  birthDate: string | null,
  slotDate: string,
  inCohort: boolean,
): boolean {
  if (!birthDate) return inCohort;
  const sixteenth = `${String(Number(birthDate.slice(0, 4)) + CONSENT_AGE).padStart(4, '0')}${birthDate.slice(4)}`;
  return slotDate < sixteenth;
}

/**
 * The same rule for a query that has the booking as `b` (youth_id, slot_date) and
 * `LEFT JOIN youth_profile yp ON yp.account_id = b.youth_id`.
 */
export const NEEDS_CONSENT_SQL = `(CASE WHEN yp.birth_date IS NULL
    THEN EXISTS (SELECT 1 FROM cohort_pupil cp WHERE cp.youth_id = b.youth_id)
    ELSE yp.birth_date + make_interval(years => ${String(CONSENT_AGE)}) > b.slot_date END)`;

/**
 * The consent status of booking `b`, with `yp` as above and
 * `LEFT JOIN guardian_consent gcs ON gcs.booking_id = b.id`.
 */
export const CONSENT_STATUS_SQL = `(CASE
    WHEN gcs.given_at IS NOT NULL THEN '${GuardianConsentStatus.GIVEN}'
    WHEN NOT ${NEEDS_CONSENT_SQL} THEN '${GuardianConsentStatus.NOT_NEEDED}'
    WHEN gcs.booking_id IS NOT NULL THEN '${GuardianConsentStatus.PENDING}'
    ELSE '${GuardianConsentStatus.NO_GUARDIAN}' END)`;
