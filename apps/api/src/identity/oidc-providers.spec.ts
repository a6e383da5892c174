import { loadConfig } from '../config/app-config';
import { claimsOf, configuredOidcProviders, OidcProviderKind } from './oidc-sign-in.service';

const BASE = {
  DATABASE_URL: 'postgres://localhost/x',
  MEILI_URL: 'http://localhost:7700',
  MEILI_MASTER_KEY: 'a-master-key-of-16-or-more',
};
const providersOf = (env: Record<string, string>) =>
  configuredOidcProviders(loadConfig({ ...BASE, ...env })).map(({ id, kind, callbackPath }) => ({
    id,
    kind,
    callbackPath,
  }));

describe('the configured OIDC providers', () => {
  it('keeps the older single provider working as before', () => {
    expect(providersOf({})).toEqual([]);
    expect(
      providersOf({
        OIDC_ISSUER: 'https://idporten.example',
        OIDC_CLIENT_ID: 'aks',
        OIDC_PROVIDER: 'idporten',
      }),
    ).toEqual([
      { id: 'idporten', kind: OidcProviderKind.IDPORTEN, callbackPath: '/logg-inn/oidc' },
    ]);
    expect(providersOf({ OIDC_ISSUER: 'https://sso.example', OIDC_CLIENT_ID: 'aks' })).toEqual([
      { id: 'oidc', kind: OidcProviderKind.GENERIC, callbackPath: '/logg-inn/oidc' },
    ]);
  });

  it('offers ID-porten and Feide side by side, each at its own callback page', () => {
    expect(
      providersOf({
        OIDC_IDPORTEN_ISSUER: 'https://idporten.example',
        OIDC_IDPORTEN_CLIENT_ID: 'aks-i',
        OIDC_FEIDE_ISSUER: 'https://auth.dataporten.example',
        OIDC_FEIDE_CLIENT_ID: 'aks-f',
      }),
    ).toEqual([
      { id: 'idporten', kind: OidcProviderKind.IDPORTEN, callbackPath: '/logg-inn/oidc/idporten' },
      { id: 'feide', kind: OidcProviderKind.FEIDE, callbackPath: '/logg-inn/oidc/feide' },
    ]);
  });

  it('lets the specific variables win over the older ones for the same provider', () => {
    expect(
      providersOf({
        OIDC_ISSUER: 'https://old.example',
        OIDC_CLIENT_ID: 'old',
        OIDC_PROVIDER: 'feide',
        OIDC_FEIDE_ISSUER: 'https://auth.dataporten.example',
        OIDC_FEIDE_CLIENT_ID: 'aks-f',
      }),
    ).toEqual([
      { id: 'feide', kind: OidcProviderKind.FEIDE, callbackPath: '/logg-inn/oidc/feide' },
    ]);
  });

  it("maps claims: Feide's school address counts as verified, ID-porten's only when it says so", () => {
    expect(
      claimsOf(OidcProviderKind.FEIDE, {
        sub: 'f1',
        email: 'Elev@Skole.no',
        eduPersonPrincipalName: 'elev@skole.no',
      }),
    ).toEqual({ subject: 'f1', email: 'elev@skole.no', emailVerified: true, name: 'elev' });
    expect(claimsOf(OidcProviderKind.IDPORTEN, { sub: 'i1', pid: '01010112345' })).toEqual({
      subject: 'i1',
      email: undefined,
      emailVerified: false,
      name: undefined,
    });
  });
});
