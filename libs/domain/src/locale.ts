/** Languages the platform speaks. Norwegian bokmål is the default. */
export enum Locale {
  NB = 'nb',
  EN = 'en',
}

export const DEFAULT_LOCALE = Locale.NB;
