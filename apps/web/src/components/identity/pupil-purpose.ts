import { nb } from '@/i18n/nb';

/**
 * Why a counsellor opens a pupil's page: a short code in the address (`?formal=`), written to the
 * audit log in bokmål (the pupil reads it on their privacy page).
 */
export const PUPIL_PURPOSES = ['oppfolging', 'samtale', 'fordeling'] as const;
export type PupilPurpose = (typeof PUPIL_PURPOSES)[number];

export function pupilPurpose(value: string | string[] | undefined): PupilPurpose {
  const candidate = Array.isArray(value) ? value[0] : value;
  return PUPIL_PURPOSES.find((purpose) => purpose === candidate) ?? 'oppfolging';
}

const LOGGED: Record<PupilPurpose, string> = {
  oppfolging: nb.identity.pupil.purposeFollowUp,
  samtale: nb.identity.pupil.purposeGuidance,
  fordeling: nb.identity.pupil.purposeAllocation,
};

export function loggedPurpose(purpose: PupilPurpose): string {
  return LOGGED[purpose];
}
