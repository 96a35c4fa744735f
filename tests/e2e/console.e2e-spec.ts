import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createConsoleServer } from '../../apps/console/server/console-server';
import { Api } from '../../scripts/demo/api';
import { loadDemoData, type World } from '../../scripts/demo/demo-data';
import { ship, type Shipment } from '../../scripts/demo/orders-flow';
import { ORGS } from '../../scripts/demo/scenario';
import { buildConsole, launchChromium, pageFaults } from '../support/browser';
import { startSystem, type RunningSystem } from '../support/system';
import { waitFor } from '../support/wait';

const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
const UI_TIMEOUT_MS = 15_000;

/** Runs work side by side and waits for all of it, then fails with the first failure, if any. */
async function together(...work: Promise<unknown>[]): Promise<void> {
  const failure = (await Promise.allSettled(work)).find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/**
 * The web console in a real browser (Debian's Chromium, headless, through playwright-core) against the
 * whole system: the four services on databases and a topic namespace of their own, the demo data
 * loaded through their APIs, and the console server passing /api/<service>/* to them. Each role's
 * main page is saved as docs/screenshots/<role>.png for the README.
 */
describe('the web console in a real browser (real services, Kafka and PostgreSQL)', () => {
  let system: RunningSystem;
  let consoleServer: FastifyInstance;
  let staticRoot: string;
  let browser: Browser;
  let consoleUrl: string;
  let world: World;
  let context: BrowserContext;
  let page: Page;
  let faults: string[];

  beforeAll(async () => {
    // Each is kept as soon as it exists, so that afterAll stops it even if another one failed.
    await together(
      buildConsole().then((built) => (staticRoot = built)),
      startSystem('console').then((started) => (system = started)),
      mkdir(SCREENSHOTS, { recursive: true }),
    );
    consoleServer = await createConsoleServer({
      services: system.urls,
      staticRoot,
      developmentSignIn: true,
      publicUrl: 'http://127.0.0.1',
    });
    await together(
      loadDemoData(system.demoTarget).then((loaded) => (world = loaded)),
      consoleServer.listen({ port: 0, host: '127.0.0.1' }).then((url) => (consoleUrl = url)),
      launchChromium().then((launched) => (browser = launched)),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await consoleServer?.close();
    await system?.stop();
    if (staticRoot) await rm(staticRoot, { recursive: true, force: true });
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.setDefaultTimeout(UI_TIMEOUT_MS);
    page = await context.newPage();
    faults = pageFaults(page);
  });

  afterEach(async () => {
    await context.close();
    expect(faults).toEqual([]);
  });

  const open = async (route: string) => {
    await page.goto(`${consoleUrl}/#/${route}`);
  };
  const signInAs = async (role: 'buyer' | 'operator' | 'certifier') => {
    await open(role);
    await page.getByRole('button', { name: `Sign in as the ${role}` }).click();
    await page.getByText('Signed in as the').waitFor();
  };
  const screenshot = (role: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${role}.png`), fullPage: true });

  it('shows anyone the relief by county and that a revoked certificate is revoked', async () => {
    await open('');
    const counties = page.locator('.relief-by-county .recharts-bar-rectangle');
    await counties.first().waitFor();
    expect(await counties.count()).toBeGreaterThanOrEqual(3);
    await page.locator('.relief-over-time .recharts-bar-rectangle').first().waitFor();

    const verify = page.getByRole('region', { name: 'Verify a certificate' });
    await verify.getByLabel('Certificate number').fill(world.certificates.mangoOrganic);
    await verify.getByRole('button', { name: 'Verify' }).click();
    await expect(verify.locator('.verification').textContent()).resolves.toMatch(/Not valid.*revoked/);
    await expect(verify.locator('.reason').textContent()).resolves.toContain('pesticide residue');
    await screenshot('public');

    await verify.getByLabel('Certificate number').fill('NO-SUCH-0001');
    await verify.getByRole('button', { name: 'Verify' }).click();
    await expect(verify.getByRole('alert').textContent()).resolves.toContain('Not found.');
  });

  it('lets a buyer order from the catalogue at the tier price, follow the saga and accept the delivery', async () => {
    await signInAs('buyer');
    await page.locator('.gauge .recharts-radial-bar-sector').first().waitFor();
    await page.locator('table.orders tbody tr').first().waitFor();

    const catalogue = page.getByRole('region', { name: 'Catalogue' });
    await catalogue.getByRole('button', { name: 'Next →' }).click();
    await catalogue.getByText('Page 2').waitFor();
    await catalogue.getByRole('button', { name: '← Previous' }).click();
    await catalogue.getByText('Page 1').waitFor();
    await catalogue.getByLabel('Search').fill('buckwheat tea');
    const tea = catalogue.getByRole('listitem', { name: 'Zhaojue tartary buckwheat tea' });
    await tea.getByLabel('Quantity (kg)').fill('250');
    await expect(tea.locator('.line-price').textContent()).resolves.toBe('250 kg × ¥76.00 = ¥19,000.00');
    await tea.getByRole('button', { name: 'Add to order' }).click();

    const form = page.getByRole('region', { name: 'New order' });
    await form.getByLabel('Delivery address').fill('Mianyang Municipal Government Canteen, 1 Jiannan Road');
    await form.getByRole('button', { name: 'Place order' }).click();

    const details = page.getByRole('region', { name: 'Order', exact: true });
    await details.locator('.state').getByText('Confirmed').waitFor();
    const orderId = (await details.locator('[data-order-id]').getAttribute('data-order-id'))!;

    // The cold-chain operator carries it, through the logistics API as its own client would.
    const operator = await Api.as(system.urls.logistics, 'operator', ORGS.operator);
    const [shipment] = await waitFor(
      async () => {
        const { items } = await operator.must<{ items: Shipment[] }>(
          [200],
          'GET',
          `/shipments?orderId=${orderId}`,
        );
        return items.length ? items : undefined;
      },
      { what: 'the shipment of the new order' },
    );
    await ship(operator, shipment, 'delivered', false, Date.now() - 6 * 60 * 60_000);

    await waitFor(
      async () => {
        await details.getByRole('button', { name: 'Refresh' }).click();
        return (await details.locator('.state').textContent())?.includes('Delivered');
      },
      { what: 'the console to show the order delivered', intervalMs: 500 },
    );
    await details.getByText('Cold chain kept').waitFor();
    await details.getByRole('button', { name: 'Accept the delivery' }).click();
    await details.locator('.state').getByText('Completed').waitFor();
    await page
      .getByRole('region', { name: 'Orders' })
      .locator('tr.selected')
      .getByText('Completed')
      .waitFor();
    await screenshot('buyer');
  });

  it("lets an operator claim a shipment, record its pick-up, and see a breach's excursion shaded on the chart", async () => {
    await signInAs('operator');
    const shipments = page.getByRole('region', { name: 'Shipments' });
    await shipments.locator('tbody tr').first().waitFor();

    await shipments.locator('tr', { hasText: 'Cold chain breached' }).first().getByRole('button').click();
    const details = page.getByRole('region', { name: 'Shipment', exact: true });
    const excursion = details.locator('.temperature-chart svg .recharts-reference-area.excursion path');
    await excursion.first().waitFor();
    expect(await excursion.first().getAttribute('d')).toMatch(/^M/);
    await expect(details.locator('.excursions').textContent()).resolves.toMatch(/above the range/);
    await details.getByLabel('Resolution').selectOption('15m');
    await details.locator('.temperature-chart .recharts-area-area').waitFor();
    await excursion.first().waitFor();
    await screenshot('operator');

    await shipments.getByLabel('Whose').selectOption('waiting');
    await shipments.locator('tr', { hasText: 'Waiting for pick-up' }).first().getByRole('button').click();
    await details.getByRole('button', { name: 'Claim this shipment' }).click();
    const custody = details.getByRole('form', { name: 'Record a custody event' });
    await custody.getByLabel('Where').fill('Butuo workshop cold store');
    await custody.getByLabel('Handed over by').fill('workshop keeper');
    await custody.getByLabel('Received by').fill('Liangshan Cold Chain driver');
    await custody.getByRole('button', { name: 'Record' }).click();
    await details.locator('.custody').getByText('Picked up').waitFor();
  });

  it('shows a certifier the queue, priority lane first, and moves an application to its next stage', async () => {
    await signInAs('certifier');
    const queue = page.getByRole('region', { name: 'Application queue' });
    await queue.locator('tbody tr').nth(2).waitFor();
    expect(await queue.locator('tbody tr').first().textContent()).toContain('Priority');

    await queue.locator('tbody tr', { hasText: 'Submitted' }).first().getByRole('button').click();
    const application = page.getByRole('region', { name: 'Application', exact: true });
    await application.getByText(/^Wangmo \(Lifted out of poverty/).waitFor();
    await screenshot('certifier');
    await application.getByLabel('Note').fill('Documents complete');
    await application.getByRole('button', { name: 'Move to accepted' }).click();
    await application.locator('.history').getByText('Documents complete').waitFor();
    await queue.locator('tr.selected').getByText('Accepted').waitFor();
  });
});
