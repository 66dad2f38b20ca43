// A real OpenID Connect issuer for tests of the web application's production sign-in:
// node issuer.mjs <port> <client redirect URI> <people JSON file>. People sign in on the issuer's
// own development login page with their login name; their claims (name, hub_role, hub_scope,
// hub_org) come from the people file: { "<login>": { "name": "...", "hub_role": [...], "hub_scope": [...] } }.
import { readFileSync } from 'node:fs';
import Provider from 'oidc-provider';

const [port, redirectUri, peopleFile] = process.argv.slice(2);
const people = JSON.parse(readFileSync(peopleFile, 'utf8'));
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'hub-web',
    client_secret: 'hub-web-secret',
    redirect_uris: [redirectUri],
    response_types: ['code'],
    grant_types: ['authorization_code'],
  }],
  claims: { openid: ['sub'], profile: ['name', 'hub_role', 'hub_scope', 'hub_org'] },
  pkce: { required: () => true },
  cookies: { keys: ['test-only-signing-key'] },
  async findAccount(_, id) {
    const person = people[id];
    if (!person) return undefined;
    return { accountId: id, async claims() { return { sub: id, ...person }; } };
  },
});
// Loopback over plain HTTP is fine for tests; the issuer trusts no proxy.
provider.proxy = false;
provider.listen(Number(port), '127.0.0.1', () => console.log(`issuer listening on ${issuer}`));
