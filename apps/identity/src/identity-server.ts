import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { Accounts } from './accounts';
import type { IdentityConfig } from './identity-config';
import { errorPage, languageOf, loginPage, signedOutPage, signOutPage, type Language } from './pages';
import { loadOrCreateKeys } from './signing-keys';

/** The scope the services' API is asked for with; the access token is then a JWT for JWT_AUDIENCE. */
export const API_SCOPE = 'api';
const FORM_LIMIT_BYTES = 16 * 1024;

export interface RunningIdentity {
  readonly issuer: string;
  readonly server: Server;
  close(): Promise<void>;
}

const contextLanguage = (ctx: KoaContextWithOIDC): Language =>
  languageOf(ctx.query.ui_locales, ctx.get('accept-language'));

function providerConfiguration(
  config: IdentityConfig,
  accounts: Accounts,
  keys: { signing: object[]; cookies: string[] },
): Configuration {
  const { console: client, apiAudience, accessTokenTtlSeconds } = config;
  return {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        client_name: 'Harvest Bridge console',
        redirect_uris: [`${client.url}/auth/callback`],
        post_logout_redirect_uris: [`${client.url}/`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx, subject) {
      const person = accounts.find(subject);
      if (!person) return undefined;
      return {
        accountId: subject,
        claims: () => ({ sub: subject, name: person.name, role: person.role, org: person.organisation }),
      };
    },
    claims: { openid: ['sub'], profile: ['name', 'role', 'org'] },
    // The console reads who signed in (role, org) from the ID token; no userinfo call is needed.
    conformIdTokenClaims: false,
    jwks: { keys: keys.signing as Record<string, unknown>[] },
    cookies: { keys: keys.cookies },
    pkce: { required: () => true },
    ttl: {
      AccessToken: accessTokenTtlSeconds,
      IdToken: accessTokenTtlSeconds,
      AuthorizationCode: 60,
      Interaction: 10 * 60,
      RefreshToken: 24 * 60 * 60,
      Session: 24 * 60 * 60,
      Grant: 24 * 60 * 60,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          ctx.body = signOutPage(contextLanguage(ctx), form);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          ctx.body = signedOutPage(contextLanguage(ctx));
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => apiAudience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: KoaContextWithOIDC, resource: string) => {
          if (resource !== apiAudience) throw new errors.InvalidTarget(`only ${apiAudience} is served`);
          return {
            scope: API_SCOPE,
            audience: apiAudience,
            accessTokenTTL: accessTokenTtlSeconds,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // The console is the platform's own client: signing in is consent enough.
    async loadExistingGrant(ctx) {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile offline_access');
      grant.addResourceScope(apiAudience, API_SCOPE);
      await grant.save();
      return grant;
    },
    // What the services authorise by: the role and the organisation (as JWT_ROLE_CLAIM, JWT_ORG_CLAIM).
    async extraTokenClaims(_ctx, token) {
      const person = token.accountId ? accounts.find(token.accountId) : undefined;
      return person ? { role: person.role, org: person.organisation } : undefined;
    },
    issueRefreshToken: (_ctx, oidcClient) => oidcClient.grantTypeAllowed('refresh_token'),
    async renderError(ctx, out) {
      ctx.body = errorPage(contextLanguage(ctx), out);
    },
  };
}

async function formOf(request: IncomingMessage): Promise<URLSearchParams | undefined> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > FORM_LIMIT_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'",
  });
  response.end(body);
}

/**
 * The login page of an interaction (GET /interaction/:uid) and its form (POST /interaction/:uid/login);
 * oidc-provider runs everything else (discovery, /auth, /token, /jwks, /session/end, …).
 */
async function interaction(
  provider: Provider,
  accounts: Accounts,
  config: IdentityConfig,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(request, response);
  const language = languageOf(details.params.ui_locales, request.headers['accept-language']);
  const page = (status: number, refusal?: 'wrong-credentials' | 'organisation-unknown', username?: string) =>
    send(
      response,
      status,
      'text/html',
      loginPage({
        language,
        action: `/interaction/${details.uid}/login`,
        refusal,
        username,
        demoUsernames: config.development ? accounts.usernames() : undefined,
      }),
    );
  if (details.prompt.name !== 'login') {
    // Consent is given by loadExistingGrant; any other prompt is finished as it is.
    return provider.interactionFinished(request, response, {}, { mergeWithLastSubmission: true });
  }
  if (request.method !== 'POST') return page(200);
  const form = await formOf(request);
  if (!form) return send(response, 413, 'text/plain', 'form too large');
  const username = form.get('username')?.trim() ?? '';
  const outcome = await accounts.authenticate(username, form.get('password') ?? '');
  if (typeof outcome === 'string')
    return page(outcome === 'wrong-credentials' ? 401 : 503, outcome, username);
  await provider.interactionFinished(
    request,
    response,
    { login: { accountId: outcome.subject } },
    { mergeWithLastSubmission: false },
  );
}

/**
 * The embedded OpenID provider (oidc-provider): the demo's people as accounts, a login page, JWT access
 * tokens for the services with `role` and `org`, refresh tokens, end-session. Listens first, so that
 * with port 0 the issuer names the port it got.
 */
export async function startIdentityServer(config: IdentityConfig): Promise<RunningIdentity> {
  const accounts = new Accounts(config);
  const keys = await loadOrCreateKeys(config.dataDir);
  let handle: (request: IncomingMessage, response: ServerResponse) => Promise<void> = async () => {};
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        send(response, 500, 'text/html', errorPage('en', { error: String((error as Error).message) }));
      } else response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = config.issuer ?? `http://${config.host}:${port}`;
  const provider = new Provider(issuer, providerConfiguration(config, accounts, keys));
  // Behind an Ingress the scheme and host come from X-Forwarded-*.
  provider.proxy = issuer.startsWith('https:');
  const oidc = provider.callback();
  handle = async (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/health/live' || path === '/health/ready') {
      return send(response, 200, 'application/json', JSON.stringify({ status: 'ok' }));
    }
    if (/^\/interaction\/[\w-]+(\/login)?$/.test(path)) {
      return interaction(provider, accounts, config, request, response);
    }
    oidc(request, response);
  };
  return {
    issuer,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
