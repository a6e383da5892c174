import OidcCallbackPage, { generateMetadata } from '../page';

/**
 * Where ID-porten (/logg-inn/oidc/idporten) or Feide (/logg-inn/oidc/feide) sends the browser
 * back when both are configured; the API tells them apart by this address. The same page as the
 * single provider's /logg-inn/oidc.
 */
export { generateMetadata };
export default OidcCallbackPage;
