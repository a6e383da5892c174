import type { Dictionary } from '@/i18n/dictionary';

/**
 * Whether "Logg inn med ID-porten/Feide" is offered, and under which name. The API does not say
 * whether OIDC is configured, so the web server reads the same variables the API is started with
 * (`npm start` gives both processes one environment): OIDC_ISSUER and OIDC_CLIENT_ID set means
 * the API can start a sign-in; OIDC_PROVIDER (`idporten`, `feide`) picks the button's name.
 * Server-only: it reads `process.env` at request time.
 */
export function oidcButtonLabel(t: Dictionary['identity']['signIn']): string | null {
  const issuer = process.env.OIDC_ISSUER?.trim();
  const clientId = process.env.OIDC_CLIENT_ID?.trim();
  if (!issuer || !clientId) return null;
  switch (process.env.OIDC_PROVIDER?.trim().toLowerCase()) {
    case 'idporten':
    case 'id-porten':
      return t.oidcIdporten;
    case 'feide':
      return t.oidcFeide;
    default:
      return t.oidcGeneric;
  }
}
