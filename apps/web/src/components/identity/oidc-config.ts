import type { Dictionary } from '@/i18n/dictionary';
import { graphqlServer } from '@/lib/graphql-server';
import { SIGN_IN_OPTIONS_QUERY, type OidcSignInOption } from './identity-operations';

export interface OidcButton {
  /** The provider's id for startOidcSignIn; null for the older single set-up. */
  provider: string | null;
  label: string;
}

function labelFor(kind: OidcSignInOption['kind'], t: Dictionary['identity']['signIn']): string {
  switch (kind) {
    case 'IDPORTEN':
      return t.oidcIdporten;
    case 'FEIDE':
      return t.oidcFeide;
    default:
      return t.oidcGeneric;
  }
}

/**
 * The "Logg inn med ID-porten" / "Logg inn med Feide" buttons: the API's signInOptions says which
 * providers are configured (both may be). Should the API not answer, the web server falls back to
 * reading the older variables it shares with the API (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_PROVIDER).
 * Server-only.
 */
export async function oidcButtons(t: Dictionary['identity']['signIn']): Promise<OidcButton[]> {
  try {
    const { signInOptions } = await graphqlServer(SIGN_IN_OPTIONS_QUERY);
    return signInOptions.oidc.map((option) => ({
      provider: option.id,
      label: labelFor(option.kind, t),
    }));
  } catch {
    const label = oidcButtonLabel(t);
    return label ? [{ provider: null, label }] : [];
  }
}

/** The older way: one provider, read from the environment the web shares with the API. */
function oidcButtonLabel(t: Dictionary['identity']['signIn']): string | null {
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
