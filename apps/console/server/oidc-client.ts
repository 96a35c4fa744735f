import * as openid from 'openid-client';
import { ROLES, type Role } from '@hb/contracts/roles';
import type { OidcClientConfig } from './config';

/** What the browser started a sign-in with, kept server-side until the provider sends it back. */
export interface PendingSignIn {
  readonly codeVerifier: string;
  readonly state: string;
  readonly nonce: string;
  /** The console page to come back to (#/buyer…). */
  readonly returnTo: string;
}

export interface SignedInTokens {
  subject: string;
  role: Role;
  organisationId: string;
  name: string;
  accessToken: string;
  accessTokenExpiresAt: number;
  refreshToken?: string;
  idToken?: string;
}

export class SignInRefused extends Error {}

const isRole = (value: unknown): value is Role => typeof value === 'string' && ROLES.includes(value as Role);

/**
 * The console as a confidential OpenID Connect client: authorization code with PKCE (S256), state and
 * nonce, refresh, RP-initiated logout (openid-client). The provider's metadata is read at the first
 * use, so the console may start before the provider does.
 */
export class OidcClient {
  private discovered?: Promise<openid.Configuration>;

  constructor(
    private readonly config: OidcClientConfig,
    private readonly redirectUri: string,
  ) {}

  private configuration(): Promise<openid.Configuration> {
    this.discovered ??= openid
      .discovery(new URL(this.config.issuer), this.config.clientId, this.config.clientSecret, undefined, {
        // The embedded provider of a development machine speaks plain HTTP on the loopback.
        execute: this.config.issuer.startsWith('http:') ? [openid.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw error;
      });
    return this.discovered;
  }

  async startSignIn(returnTo: string, language: string): Promise<{ url: string; pending: PendingSignIn }> {
    const configuration = await this.configuration();
    const pending: PendingSignIn = {
      codeVerifier: openid.randomPKCECodeVerifier(),
      state: openid.randomState(),
      nonce: openid.randomNonce(),
      returnTo,
    };
    const url = openid.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.config.scope,
      code_challenge: await openid.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      ui_locales: language,
    });
    return { url: url.href, pending };
  }

  /** The provider's answer at the redirect URI, exchanged for tokens; who signed in from the ID token. */
  async finishSignIn(callbackUrl: URL, pending: PendingSignIn): Promise<SignedInTokens> {
    const configuration = await this.configuration();
    const tokens = await openid.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    const role = claims[this.config.roleClaim];
    const organisationId = claims[this.config.organisationClaim];
    if (!isRole(role)) throw new SignInRefused(`the ID token's ${this.config.roleClaim} claim is not a role`);
    if (typeof organisationId !== 'string' || !organisationId) {
      throw new SignInRefused(`the ID token has no ${this.config.organisationClaim} claim`);
    }
    return {
      subject: claims.sub,
      role,
      organisationId,
      name: typeof claims.name === 'string' ? claims.name : claims.sub,
      ...this.tokenFields(tokens),
      idToken: tokens.id_token,
    };
  }

  async refresh(
    refreshToken: string,
  ): Promise<Pick<SignedInTokens, 'accessToken' | 'accessTokenExpiresAt' | 'refreshToken'>> {
    const tokens = await openid.refreshTokenGrant(await this.configuration(), refreshToken);
    const fields = this.tokenFields(tokens);
    // A provider that does not rotate refresh tokens answers none: the old one stays good.
    return { ...fields, refreshToken: fields.refreshToken ?? refreshToken };
  }

  /** Where the browser goes to end its session at the provider, and then comes back to `returnTo`. */
  async endSessionUrl(idToken: string | undefined, returnTo: string): Promise<string> {
    const configuration = await this.configuration();
    return openid.buildEndSessionUrl(configuration, {
      ...(idToken ? { id_token_hint: idToken } : {}),
      post_logout_redirect_uri: returnTo,
    }).href;
  }

  private tokenFields(tokens: openid.TokenEndpointResponse & openid.TokenEndpointResponseHelpers) {
    return {
      accessToken: tokens.access_token,
      accessTokenExpiresAt: Date.now() + (tokens.expiresIn() ?? 300) * 1000,
      refreshToken: tokens.refresh_token,
    };
  }
}
