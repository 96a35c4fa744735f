import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createConsoleServer } from '../../apps/console/server';
import {
  DEVELOPMENT_PASSWORD,
  identityConfigFromEnv,
  startIdentityServer,
  type RunningIdentity,
} from '../../apps/identity/src';
import { loadDemoData, type World } from '../../scripts/demo/demo-data';
import { buildConsole, launchChromium, pageFaults } from './browser';
import { freePort } from './free-port';
import { startSystem, type RunningSystem } from './system';

export const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
const UI_TIMEOUT_MS = 15_000;
const AUDIENCE = 'urn:harvest-bridge:api';
const CLIENT_SECRET = 'console-e2e-client-secret';

export type Language = 'en' | 'zh-CN';
export type RolePage =
  'buyer' | 'producer' | 'platform' | 'operator' | 'certifier' | 'county_official' | 'admin';

/** Runs work side by side and waits for all of it, then fails with the first failure, if any. */
async function together(...work: Promise<unknown>[]): Promise<void> {
  const failure = (await Promise.allSettled(work)).find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/** The console in a browser, as a test file sees it once its hooks have run. */
export interface ConsoleInBrowser {
  readonly system: RunningSystem;
  readonly identity: RunningIdentity;
  readonly world: World;
  readonly consoleUrl: string;
  readonly page: Page;
  readonly context: BrowserContext;
  /** A fresh browser window (its own cookies) in a language; the previous one is closed. */
  openBrowser(language: Language): Promise<void>;
  /** axe-core on the page as it is now: no serious or critical violation. */
  accessible(what: string): Promise<void>;
  /**
   * Signs in at the identity provider's own login page, by keyboard, and comes back to the role's page;
   * as the role's demo account unless another username of that role is given (`certifier2`).
   */
  signInAs(role: RolePage, language?: Language, username?: string): Promise<void>;
  /**
   * Saves the page (or a part of it) in the language shown, and in the other one after the header's
   * switch, as docs/screenshots/<name>.<language>.png, each checked with axe-core first.
   */
  screenshotsInBothLanguages(
    name: string,
    waitUntilShown: () => Promise<void>,
    part?: () => Locator,
  ): Promise<void>;
}

/**
 * The web console in a real browser (Debian's Chromium, headless, through playwright-core) against the
 * whole system: the five services on databases and a topic namespace of their own, verifying the
 * tokens of the embedded identity provider (apps/identity) through its JWKS, the demo data loaded
 * through their APIs, and the console server signing people in at the provider's login page.
 * Registers the test file's hooks; each test starts in a fresh English browser window, and fails on
 * an uncaught error or console error of the page.
 */
export function consoleInBrowser(name: string): ConsoleInBrowser {
  let system: RunningSystem;
  let identity: RunningIdentity;
  let identityData: string;
  let consoleServer: FastifyInstance;
  let staticRoot: string;
  let browser: Browser;
  let consoleUrl: string;
  let world: World;
  let context: BrowserContext | undefined;
  let page: Page;
  let faults: string[] = [];

  beforeAll(async () => {
    const [consolePort, identityPort] = [await freePort(), await freePort()];
    consoleUrl = `http://127.0.0.1:${consolePort}`;
    const issuer = `http://127.0.0.1:${identityPort}`;
    // The services accept the provider's tokens (JWKS) and, for the demo loader, development tokens.
    Object.assign(process.env, {
      HB_DEV_AUTH: '1',
      JWKS_URL: `${issuer}/jwks`,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: AUDIENCE,
    });
    identityData = await mkdtemp(join(tmpdir(), 'hb-identity-'));
    // Each is kept as soon as it exists, so that afterAll stops it even if another one failed.
    await together(
      buildConsole().then((built) => (staticRoot = built)),
      startSystem(name).then((started) => (system = started)),
      mkdir(SCREENSHOTS, { recursive: true }),
    );
    identity = await startIdentityServer(
      identityConfigFromEnv({
        HB_DEV_AUTH: '1',
        IDENTITY_PORT: String(identityPort),
        IDENTITY_DATA_DIR: identityData,
        IDENTITY_CONSOLE_URL: consoleUrl,
        IDENTITY_CONSOLE_CLIENT_SECRET: CLIENT_SECRET,
        JWT_AUDIENCE: AUDIENCE,
        CATALOG_URL: system.urls.catalog,
        ORDERS_URL: system.urls.orders,
      }),
    );
    consoleServer = await createConsoleServer({
      services: system.urls,
      staticRoot,
      publicUrl: consoleUrl,
      developmentSignIn: false,
      oidc: {
        issuer,
        clientId: 'harvest-bridge-console',
        clientSecret: CLIENT_SECRET,
        scope: 'openid profile offline_access api',
        roleClaim: 'role',
        organisationClaim: 'org',
      },
    });
    await together(
      loadDemoData(system.demoTarget).then((loaded) => (world = loaded)),
      consoleServer.listen({ port: consolePort, host: '127.0.0.1' }),
      launchChromium().then((launched) => (browser = launched)),
    );
  });

  afterAll(async () => {
    for (const variable of ['HB_DEV_AUTH', 'JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE'])
      delete process.env[variable];
    await browser?.close();
    await consoleServer?.close();
    await identity?.close();
    await system?.stop();
    if (staticRoot) await rm(staticRoot, { recursive: true, force: true });
    if (identityData) await rm(identityData, { recursive: true, force: true });
  });

  const closeBrowser = async () => {
    if (!context) return;
    await context.close();
    context = undefined;
    expect(faults).toEqual([]);
  };

  const openBrowser = async (language: Language) => {
    await closeBrowser();
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: language });
    context.setDefaultTimeout(UI_TIMEOUT_MS);
    page = await context.newPage();
    faults = pageFaults(page);
  };

  beforeEach(() => openBrowser('en'));
  afterEach(closeBrowser);

  const accessible = async (what: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${what}: ${violation.id} (${violation.impact}) at ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
    expect(serious).toEqual([]);
  };

  const signInAs = async (role: RolePage, language: Language = 'en', username: string = role) => {
    const english = language === 'en';
    await page.goto(`${consoleUrl}/#/${role}`);
    await page
      .getByRole('region', { name: english ? 'Sign in' : '登录' })
      .getByRole('button', { name: english ? 'Sign in' : '登录', exact: true })
      .click();
    await page.waitForURL((url) => url.href.startsWith(identity.issuer));
    await page.getByLabel(english ? 'Username' : '用户名').fill(username);
    await page.getByLabel(english ? 'Password' : '密码').fill(DEVELOPMENT_PASSWORD);
    await accessible(`the login page (${language})`);
    await page.getByLabel(english ? 'Password' : '密码').press('Enter');
    await page.waitForURL(`${consoleUrl}/#/${role}`);
    await page
      .locator('header.top .who')
      .getByText(english ? 'Signed in as' : '已登录')
      .waitFor();
  };

  const screenshotsInBothLanguages = async (
    shotName: string,
    waitUntilShown: () => Promise<void>,
    part?: () => Locator,
  ) => {
    const save = async (language: Language) => {
      const path = join(SCREENSHOTS, `${shotName}.${language}.png`);
      if (part) await part().screenshot({ path });
      else await page.screenshot({ path, fullPage: true });
    };
    const shown = (await page.locator('html').getAttribute('lang')) as Language;
    await accessible(`${shotName} (${shown})`);
    await save(shown);
    const other: Language = shown === 'en' ? 'zh-CN' : 'en';
    await page.locator('header.top button.language').click();
    await page.locator(`html[lang="${other}"]`).waitFor();
    await waitUntilShown();
    await accessible(`${shotName} (${other})`);
    await save(other);
    await page.locator('header.top button.language').click();
    await page.locator(`html[lang="${shown}"]`).waitFor();
  };

  return {
    get system() {
      return system;
    },
    get identity() {
      return identity;
    },
    get world() {
      return world;
    },
    get consoleUrl() {
      return consoleUrl;
    },
    get page() {
      return page;
    },
    get context() {
      return context!;
    },
    openBrowser,
    accessible,
    signInAs,
    screenshotsInBothLanguages,
  };
}
