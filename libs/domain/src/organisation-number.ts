/**
 * Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a mod-11 check digit
 * over the first eight with weights 3, 2, 7, 6, 5, 4, 3, 2.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The check digit for eight leading digits, or undefined when no valid number starts with them. */
export function organisationNumberCheckDigit(firstEight: string): number | undefined {
  if (!/^\d{8}$/.test(firstEight)) {
    return undefined;
  }
  const sum = WEIGHTS.reduce(
    (total, weight, index) => total + weight * Number(firstEight[index]),
    0,
  );
  const remainder = sum % 11;
  if (remainder === 1) {
    return undefined;
  }
  return remainder === 0 ? 0 : 11 - remainder;
}

export function isValidOrganisationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) {
    return false;
  }
  return organisationNumberCheckDigit(value.slice(0, 8)) === Number(value[8]);
}

/** Removes the spaces people type ("923 609 016"); validate the result, store the result. */
export function normaliseOrganisationNumber(value: string): string {
  return value.replace(/\s+/g, '');
}
