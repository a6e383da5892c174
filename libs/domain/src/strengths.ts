/**
 * The fixed, positive list of strengths a young person can pick for their profile and an employer
 * can say they look for. Strength-based, never diagnoses (DESIGN.md §1): every entry is something
 * to be proud of. Values equal keys, so they are stable on the wire and in the database; labels are
 * short standalone phrases that read well in a list ("Nøyaktig, flink med hendene").
 */
export enum Strength {
  HANDS_ON = 'HANDS_ON',
  CREATIVE = 'CREATIVE',
  CARING = 'CARING',
  RELIABLE = 'RELIABLE',
  CURIOUS = 'CURIOUS',
  PATIENT = 'PATIENT',
  ACCURATE = 'ACCURATE',
  SOCIAL = 'SOCIAL',
  TEAM_PLAYER = 'TEAM_PLAYER',
  INDEPENDENT = 'INDEPENDENT',
  PHYSICALLY_ACTIVE = 'PHYSICALLY_ACTIVE',
  TECHNICAL = 'TECHNICAL',
  PROBLEM_SOLVER = 'PROBLEM_SOLVER',
  SERVICE_MINDED = 'SERVICE_MINDED',
  CALM = 'CALM',
  ORGANISED = 'ORGANISED',
  OUTDOORS = 'OUTDOORS',
  ANIMALS = 'ANIMALS',
  DIGITAL = 'DIGITAL',
  LANGUAGES = 'LANGUAGES',
}

export interface StrengthLabel {
  code: Strength;
  label: string;
  labelEn: string;
}

/** Every strength with its labels, in the order a profile form shows them. */
export const STRENGTHS: readonly StrengthLabel[] = [
  { code: Strength.HANDS_ON, label: 'Flink med hendene', labelEn: 'Hands-on' },
  { code: Strength.CREATIVE, label: 'Kreativ', labelEn: 'Creative' },
  { code: Strength.CARING, label: 'Omsorgsfull', labelEn: 'Caring' },
  { code: Strength.RELIABLE, label: 'Pålitelig', labelEn: 'Reliable' },
  { code: Strength.CURIOUS, label: 'Nysgjerrig', labelEn: 'Curious' },
  { code: Strength.PATIENT, label: 'Tålmodig', labelEn: 'Patient' },
  { code: Strength.ACCURATE, label: 'Nøyaktig', labelEn: 'Accurate' },
  { code: Strength.SOCIAL, label: 'Flink med folk', labelEn: 'Good with people' },
  { code: Strength.TEAM_PLAYER, label: 'God på samarbeid', labelEn: 'A team player' },
  { code: Strength.INDEPENDENT, label: 'Selvstendig', labelEn: 'Independent' },
  {
    code: Strength.PHYSICALLY_ACTIVE,
    label: 'Liker å være i aktivitet',
    labelEn: 'Likes to be active',
  },
  { code: Strength.TECHNICAL, label: 'Teknisk interessert', labelEn: 'Technically minded' },
  { code: Strength.PROBLEM_SOLVER, label: 'Løsningsorientert', labelEn: 'A problem solver' },
  { code: Strength.SERVICE_MINDED, label: 'Serviceinnstilt', labelEn: 'Service-minded' },
  { code: Strength.CALM, label: 'Rolig og stødig', labelEn: 'Calm and steady' },
  { code: Strength.ORGANISED, label: 'Strukturert', labelEn: 'Organised' },
  { code: Strength.OUTDOORS, label: 'Liker å være ute', labelEn: 'Likes working outdoors' },
  { code: Strength.ANIMALS, label: 'Glad i dyr', labelEn: 'Fond of animals' },
  { code: Strength.DIGITAL, label: 'Flink med data', labelEn: 'Good with computers' },
  { code: Strength.LANGUAGES, label: 'Snakker flere språk', labelEn: 'Speaks several languages' },
];

const strengthsByCode = new Map<string, StrengthLabel>(STRENGTHS.map((item) => [item.code, item]));

export function isStrength(value: string): value is Strength {
  return strengthsByCode.has(value);
}

export function findStrength(code: string): StrengthLabel | undefined {
  return strengthsByCode.get(code);
}
