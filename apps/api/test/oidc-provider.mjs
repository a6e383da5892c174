// A real OpenID Connect provider (oidc-provider) for the integration tests, in its own process
// because it is ESM with many ESM dependencies. Prints "READY" once it listens.
//   node oidc-provider.mjs <port> <client_id> <client_secret> <redirect_uri> <accounts JSON>
import Provider from 'oidc-provider';

const [port, clientId, clientSecret, redirectUri, accountsJson] = process.argv.slice(2);
const accounts = JSON.parse(accountsJson);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'eduPersonPrincipalName'] },
  cookies: { keys: ['akselerator-test-provider'] },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, ...(accounts[id] ?? {}) }),
  }),
});
provider.listen(Number(port), '127.0.0.1', () => {
  process.stdout.write('READY\n');
});
