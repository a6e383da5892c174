/**
 * Practical adaptations (tilrettelegging) a young person may need and a workplace may offer.
 * Practical needs only, never diagnoses or health data (DESIGN.md §1): "short days", not why.
 * Values equal keys. `label` is a noun phrase for forms and filters; `offered` reads after
 * "Tilbyr …" / "Offers …" in a match explanation.
 */
export enum Adaptation {
  SHORT_DAYS = 'SHORT_DAYS',
  QUIET_WORKPLACE = 'QUIET_WORKPLACE',
  FIXED_CONTACT_PERSON = 'FIXED_CONTACT_PERSON',
  FLEXIBLE_START = 'FLEXIBLE_START',
  PHYSICALLY_LIGHT = 'PHYSICALLY_LIGHT',
  WRITTEN_INSTRUCTIONS = 'WRITTEN_INSTRUCTIONS',
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS',
  PLAIN_LANGUAGE = 'PLAIN_LANGUAGE',
}

export interface AdaptationLabel {
  code: Adaptation;
  label: string;
  labelEn: string;
  /** Lower-case phrase after "Tilbyr" ("Tilbyr korte dager"). */
  offered: string;
  /** Lower-case phrase after "Offers" ("Offers short days"). */
  offeredEn: string;
}

/** Every adaptation with its labels, in the order a profile or opportunity form shows them. */
export const ADAPTATIONS: readonly AdaptationLabel[] = [
  {
    code: Adaptation.SHORT_DAYS,
    label: 'Korte dager',
    labelEn: 'Short days',
    offered: 'korte dager',
    offeredEn: 'short days',
  },
  {
    code: Adaptation.QUIET_WORKPLACE,
    label: 'Rolig arbeidsplass',
    labelEn: 'Quiet workplace',
    offered: 'en rolig arbeidsplass',
    offeredEn: 'a quiet workplace',
  },
  {
    code: Adaptation.FIXED_CONTACT_PERSON,
    label: 'Fast kontaktperson',
    labelEn: 'A fixed contact person',
    offered: 'fast kontaktperson',
    offeredEn: 'a fixed contact person',
  },
  {
    code: Adaptation.FLEXIBLE_START,
    label: 'Fleksibel oppstart',
    labelEn: 'Flexible start',
    offered: 'fleksibel oppstart',
    offeredEn: 'a flexible start',
  },
  {
    code: Adaptation.PHYSICALLY_LIGHT,
    label: 'Fysisk lett arbeid',
    labelEn: 'Physically light work',
    offered: 'fysisk lett arbeid',
    offeredEn: 'physically light work',
  },
  {
    code: Adaptation.WRITTEN_INSTRUCTIONS,
    label: 'Skriftlige instruksjoner',
    labelEn: 'Written instructions',
    offered: 'skriftlige instruksjoner',
    offeredEn: 'written instructions',
  },
  {
    code: Adaptation.STEP_FREE_ACCESS,
    label: 'Trinnfri adkomst',
    labelEn: 'Step-free access',
    offered: 'trinnfri adkomst',
    offeredEn: 'step-free access',
  },
  {
    code: Adaptation.PLAIN_LANGUAGE,
    label: 'Enkelt språk',
    labelEn: 'Plain language',
    offered: 'opplæring på enkelt språk',
    offeredEn: 'training in plain language',
  },
];

const adaptationsByCode = new Map<string, AdaptationLabel>(
  ADAPTATIONS.map((item) => [item.code, item]),
);

export function isAdaptation(value: string): value is Adaptation {
  return adaptationsByCode.has(value);
}

export function findAdaptation(code: string): AdaptationLabel | undefined {
  return adaptationsByCode.get(code);
}
