import type { Page } from 'playwright-core';
import { Api } from '../../scripts/demo/api';
import { ship, type Shipment } from '../../scripts/demo/orders-flow';
import { ORGS } from '@hb/demo';
import { consoleInBrowser } from '../support/console-browser';
import { waitFor } from '../support/wait';

// Each test signs in, does a role's task and checks and saves its page twice, on a shared machine.
jest.setTimeout(240_000);

/** An amount in cents as the English console writes it (¥1,234.50), for a regular expression. */
const yuanPattern = (cents: number) =>
  `¥${(cents / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`.replace(/[.]/g, '\\.');

/**
 * The web console in a real browser against the whole system, signing in at the embedded identity
 * provider's login page (tests/support/console-browser.ts). Every page is checked with axe-core (no
 * serious or critical violation) and saved in English and Chinese as
 * docs/screenshots/<page>.<language>.png for the README.
 */
describe('the web console in a real browser (real sign-in, services, Kafka and PostgreSQL)', () => {
  const browser = consoleInBrowser('console');
  const { accessible, signInAs, screenshotsInBothLanguages } = browser;
  let page: Page;

  beforeEach(() => {
    page = browser.page;
  });

  /** A fresh browser window in Chinese, as a browser that asks for Chinese opens it. */
  const openInChinese = async () => {
    await browser.openBrowser('zh-CN');
    page = browser.page;
  };

  it('shows anyone the relief by county and that a revoked certificate is revoked, in either language', async () => {
    await page.goto(browser.consoleUrl);
    const counties = page.locator('.relief-by-county .recharts-bar-rectangle');
    await counties.first().waitFor();
    expect(await counties.count()).toBeGreaterThanOrEqual(3);
    await page.locator('.relief-over-time .recharts-bar-rectangle').first().waitFor();

    const verify = page.getByRole('region', { name: 'Verify a certificate' });
    await verify.getByLabel('Certificate number').fill(browser.world.certificates.mangoOrganic);
    await verify.getByRole('button', { name: 'Verify' }).click();
    await expect(verify.locator('.verification').textContent()).resolves.toMatch(/Not valid.*revoked/);
    await expect(verify.locator('.reason').textContent()).resolves.toContain('pesticide residue');
    await screenshotsInBothLanguages('public', () =>
      page.getByRole('region', { name: '查验证书' }).getByText('无效').waitFor(),
    );

    await verify.getByLabel('Certificate number').fill('NO-SUCH-0001');
    await verify.getByLabel('Certificate number').press('Enter');
    await expect(verify.getByRole('alert').textContent()).resolves.toContain('Not found.');
  });

  it('opens in Chinese for a browser that asks for Chinese, money in 元', async () => {
    await openInChinese();
    await page.goto(browser.consoleUrl);
    await page.getByRole('heading', { name: '公开信息' }).waitFor();
    await expect(page.locator('.totals .figure').textContent()).resolves.toMatch(/^[\d,]+\.\d{2} 元$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
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
    await form.getByLabel('Delivery address').press('Enter');

    const details = page.getByRole('region', { name: 'Order', exact: true });
    await details.locator('.state').getByText('Confirmed').waitFor();
    const orderId = (await details.locator('[data-order-id]').getAttribute('data-order-id'))!;

    // The cold-chain operator carries it, through the logistics API as its own client would.
    const operator = await Api.as(browser.system.urls.logistics, 'operator', ORGS.operator);
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
      .getByRole('region', { name: 'Orders', exact: true })
      .locator('tr.selected')
      .getByText('Completed')
      .waitFor();
    await screenshotsInBothLanguages('buyer', () =>
      page.getByRole('region', { name: '订单详情' }).locator('.state').getByText('已完成').waitFor(),
    );
  });

  it("never shows a buyer another organisation's orders, even when asked for one by its id", async () => {
    await signInAs('buyer');
    await page.locator('table.orders tbody tr').first().waitFor();
    const othersOrder = browser.world.orders['supermarket-mango'].id;
    const answer = await page.evaluate(async (id) => {
      const response = await fetch(`api/orders/v1/orders/${id}`);
      return { status: response.status, body: await response.text() };
    }, othersOrder);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('mango');
    await expect(page.locator('table.orders').textContent()).resolves.not.toMatch(/mango/i);
  });

  it('lets a producer see its products, stock and risk factors and record a new lot, and not touch another producer’s', async () => {
    await signInAs('producer');
    const products = page.getByRole('region', { name: 'My products' });
    await products.getByRole('button', { name: 'Zhaojue tartary buckwheat tea' }).click();
    const stock = page.getByRole('region', { name: 'Stock of Zhaojue tartary buckwheat tea' });
    const figures = stock.locator('.stock-figures');
    await figures.waitFor();
    const before = Number(
      /^([\d,]+) kg available/.exec((await figures.textContent())!)![1].replace(/,/g, ''),
    );
    const lot = stock.getByRole('form', { name: 'Record a new lot' });
    await lot.getByLabel('Quantity (kg)').fill('150');
    await lot.getByLabel('Quantity (kg)').press('Enter');
    await stock.getByText(`${(before + 150).toLocaleString('en-GB')} kg available`).waitFor();
    await page.getByRole('region', { name: 'Certificates' }).locator('tbody tr').first().waitFor();
    // Its own risk, as monitoring rates it from the demo's orders, shipments and certificates.
    const risk = page.getByRole('region', { name: 'My risk' });
    await waitFor(
      async () => {
        if (await risk.locator('table.risk-factors').isVisible()) return true;
        await page.reload();
        await page.getByRole('region', { name: 'My products' }).waitFor();
        return false;
      },
      { what: "monitoring to rate the producer's risk", intervalMs: 1000 },
    );
    await risk.getByText('Shipments with a cold-chain breach').waitFor();
    await expect(risk.locator('.risk-level').textContent()).resolves.toMatch(
      /(Low|Medium|High) score \d+ of 100/,
    );
    await screenshotsInBothLanguages('producer', () =>
      page.getByRole('region', { name: '我的产品' }).waitFor(),
    );

    const othersProduct = browser.world.productIds.goat;
    const answer = await page.evaluate(async (id) => {
      const session = (await (await fetch('auth/session')).json()) as { csrfToken: string };
      const response = await fetch(`api/catalog/v1/products/${id}/lots`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ quantity: 1, harvestedOn: '2026-11-01', expiresOn: '2027-11-01' }),
      });
      return response.status;
    }, othersProduct);
    expect([403, 404]).toContain(answer);
  });

  it('lets a platform list a product of the catalogue feed under its own SKU', async () => {
    await signInAs('platform');
    const feed = page.getByRole('region', { name: 'Catalogue feed' });
    await feed.getByLabel('Search').fill('highland apples');
    const apples = feed.getByRole('listitem', { name: 'Zhaojue highland apples' });
    await apples.getByLabel('Your SKU').fill('SRM-ZJ-APPLES-5KG');
    await apples.getByRole('button', { name: 'List on my platform' }).click();
    await page.getByRole('region', { name: 'My listings' }).getByText('SRM-ZJ-APPLES-5KG').waitFor();
    await screenshotsInBothLanguages('platform', () =>
      page.getByRole('region', { name: '我的上架商品' }).waitFor(),
    );
  });

  it('lets an operator claim a shipment, record its pick-up, and see a breach shaded on the chart', async () => {
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
    await screenshotsInBothLanguages('operator', () =>
      page.getByRole('region', { name: '运单详情' }).getByText('冷链中断').first().waitFor(),
    );

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
    await screenshotsInBothLanguages('certifier', () =>
      page.getByRole('region', { name: '申请详情' }).getByText('已提交').first().waitFor(),
    );
    await application.getByLabel('Note').fill('Documents complete');
    await application.getByRole('button', { name: 'Move to accepted' }).click();
    await application.locator('.history').getByText('Documents complete').waitFor();
    await queue.locator('tr.selected').getByText('Accepted').waitFor();
  });

  it('needs a second certifier to approve: the one who moved an application into review is told so, and certifier2 of the same body approves it', async () => {
    await signInAs('certifier');
    const queue = page.getByRole('region', { name: 'Application queue' });
    const inInspection = queue.locator('tbody tr', { hasText: 'Inspection' }).first();
    const applicant = (await inInspection.getByRole('button').first().textContent())!;
    await inInspection.getByRole('button').first().click();
    const application = page.getByRole('region', { name: 'Application', exact: true });
    await application.getByRole('button', { name: 'Move to testing' }).click();
    // The stage actions start afresh at each stage: the note goes into the next one's form.
    await application.getByRole('button', { name: 'Move to review' }).waitFor();
    await application.getByLabel('Note').fill('Lab results attached; ready for the final review');
    await application.getByRole('button', { name: 'Move to review' }).click();
    const approve = application.getByRole('button', { name: 'Approve and issue the certificate' });
    await approve.waitFor();
    await application
      .getByRole('note')
      .getByText(
        'You moved this application into review, so another certifier of your body must decide on its approval.',
      )
      .waitFor();
    expect(await approve.isDisabled()).toBe(true);
    await screenshotsInBothLanguages(
      'certifier-four-eyes',
      () =>
        page.getByRole('region', { name: '申请详情' }).getByText('另一位审核员', { exact: false }).waitFor(),
      () => page.getByRole('region', { name: /^(Application|申请详情)$/ }),
    );

    await browser.openBrowser('en');
    page = browser.page;
    await signInAs('certifier', 'en', 'certifier2');
    const secondQueue = page.getByRole('region', { name: 'Application queue' });
    await secondQueue
      .locator('tbody tr', { hasText: applicant })
      .filter({ hasText: 'Review' })
      .getByRole('button')
      .first()
      .click();
    const second = page.getByRole('region', { name: 'Application', exact: true });
    await second.getByText('Lab results attached; ready for the final review').waitFor();
    await expect(second.getByRole('note').count()).resolves.toBe(0);
    await second.getByLabel('Note').fill('Second review: approved');
    await second.getByRole('button', { name: 'Approve and issue the certificate' }).click();
    await second.locator('.state').getByText('Approved').waitFor();
    await second.getByText('Certificate', { exact: true }).waitFor();
    await accessible('the application approved by the second certifier (en)');
  });

  it("shows a county official its own county's relief, reconciliation, producer risk and verdicts, and lets it acknowledge an alert, signed in in Chinese", async () => {
    await openInChinese();
    await signInAs('county_official', 'zh-CN');
    const county = page.getByRole('region', { name: '本县概况' });
    await county.getByText('Zhaojue', { exact: true }).waitFor();
    await county.locator('table.county-months tbody tr').first().waitFor();
    await expect(county.locator('.totals .figure').textContent()).resolves.toMatch(/ 元$/);
    const products = page.getByRole('region', { name: '本县产品' });
    await products.getByText('Zhaojue tartary buckwheat tea').waitFor();
    await expect(products.textContent()).resolves.not.toContain('Butuo');
    // Relief by producer and pairing, from the county's own report.
    await county
      .locator('table.county-producers')
      .getByText('Zhaojue Tartary Buckwheat Cooperative')
      .waitFor();
    await expect(county.locator('table.county-producers').textContent()).resolves.not.toContain('Butuo');
    await county.locator('table.county-pairings tbody tr').first().waitFor();
    await expect(
      page.getByRole('region', { name: '对账' }).locator('.reconciled').textContent(),
    ).resolves.toBe('台账核对一致');
    const verdicts = page.getByRole('region', { name: '运单冷链结论' });
    await verdicts.getByText('冷链完好').first().waitFor();
    await expect(verdicts.textContent()).resolves.not.toMatch(/Butuo|Wangmo|Congjiang/);

    // The lot expiring in three days raised unsold_near_expiry; the official acknowledges it by keyboard.
    const nearExpiry = page
      .getByRole('region', { name: '预警' })
      .locator('tr[data-alert-kind="unsold_near_expiry"]')
      .first();
    await waitFor(
      async () => {
        if (await nearExpiry.isVisible()) return true;
        await page.reload();
        await page.getByRole('region', { name: '本县概况' }).waitFor();
        return false;
      },
      { what: 'the unsold_near_expiry alert of Zhaojue', intervalMs: 1000 },
    );
    await expect(nearExpiry.textContent()).resolves.toContain('Zhaojue tartary buckwheat tea');
    const acknowledge = nearExpiry.getByRole('button', { name: /^确认/ });
    await acknowledge.focus();
    await page.keyboard.press('Enter');
    await nearExpiry.getByText(/^已由 .+ 确认$/).waitFor();

    const risks = page.getByRole('region', { name: '生产者风险' });
    await risks.getByRole('button', { name: 'Zhaojue Tartary Buckwheat Cooperative' }).click();
    await risks.locator('table.risk-factors').getByText('冷链中断的运单占比').waitFor();

    await screenshotsInBothLanguages('county_official', () =>
      page.getByRole('region', { name: 'My county' }).locator('table.county-producers').waitFor(),
    );

    // Another county's figures and producers are refused to this session, whatever it asks for.
    const asked = await page.evaluate(
      async ({ otherCounty, otherProducer }) => {
        const status = async (url: string) => (await fetch(url)).status;
        return {
          relief: await status(`api/orders/v1/relief/counties/${otherCounty}`),
          risk: await status(`api/monitoring/v1/producers/${otherProducer}/risk`),
          alerts: await (await fetch(`api/monitoring/v1/alerts?countyCode=${otherCounty}`)).json(),
        };
      },
      { otherCounty: '513429', otherProducer: browser.world.producerIds.goat },
    );
    expect([403, 404]).toContain(asked.relief);
    expect(asked.risk).toBe(404);
    expect(
      (asked.alerts as { items: { countyCode: string }[] }).items.map((alert) => alert.countyCode),
    ).not.toContain('513429');
  });

  it('lets an administrator register a county and a platform, see alerts, risks, pairings and certification bodies, resolve a dispute, then sign out at the provider', async () => {
    await signInAs('admin');
    await page.getByRole('region', { name: 'Disputed orders' }).locator('tbody tr').first().waitFor();
    const form = page.getByRole('form', { name: 'Register a county' });
    await form.getByLabel('Code (6 digits)').fill('513432');
    await form.getByLabel('Name').fill('Xide');
    await form.getByLabel('Province').fill('Sichuan');
    await form.getByLabel('Prefecture').fill('Liangshan Yi Autonomous Prefecture');
    await form.getByLabel('Poverty status').selectOption('deep');
    await form.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('region', { name: 'Counties' }).getByText('Xide').waitFor();
    // The demo's platform is on the register; a new one joins it, and its id cannot be taken twice.
    const platforms = page.getByRole('region', { name: 'E-commerce platforms' });
    await platforms.getByText('Sichuan Poverty Relief Mall').waitFor();
    const registerPlatform = page.getByRole('form', { name: 'Register a platform' });
    await registerPlatform.getByLabel('Platform id (the org of its tokens)').fill('yunnan-relief-mall');
    await registerPlatform.getByLabel('Name').fill('Yunnan Relief Mall');
    await registerPlatform.getByRole('button', { name: 'Register' }).click();
    await platforms.getByText('Yunnan Relief Mall').waitFor();
    await registerPlatform.getByLabel('Platform id (the org of its tokens)').fill('yunnan-relief-mall');
    await registerPlatform.getByLabel('Name').fill('Yunnan Relief Mall again');
    await registerPlatform.getByRole('button', { name: 'Register' }).click();
    await registerPlatform.getByRole('alert').waitFor();
    expect(await platforms.getByText('Yunnan Relief Mall again').count()).toBe(0);
    await registerPlatform.getByRole('button', { name: 'Dismiss' }).click();
    await waitFor(async () => (await registerPlatform.getByRole('alert').count()) === 0, {
      what: 'the problem to be dismissed',
      intervalMs: 100,
    });
    await page.getByRole('region', { name: 'Pairings' }).getByText('Mianyang (510700)').first().waitFor();
    await page
      .getByRole('region', { name: 'Certification bodies' })
      .getByText('China Green Food Development Center, Sichuan office')
      .waitFor();
    // The demo raises unsold_near_expiry and, for the Butuo goat workshop, producer_risk; a kind filters.
    const alerts = page.getByRole('region', { name: 'Alerts' });
    await alerts.locator('tr[data-alert-kind="unsold_near_expiry"]').first().waitFor();
    await alerts.getByLabel('Kind').selectOption('producer_risk');
    await alerts
      .locator('tr[data-alert-kind="producer_risk"]')
      .getByText('Butuo Black Goat Relief Workshop')
      .waitFor();
    // The unfiltered list stays on screen until the filtered one arrives.
    await waitFor(
      async () => (await alerts.locator('tr[data-alert-kind="unsold_near_expiry"]').count()) === 0,
      {
        what: 'the alerts of other kinds to leave the list',
        intervalMs: 200,
      },
    );
    await alerts.getByLabel('Kind').selectOption('');
    await alerts.locator('tr[data-alert-kind="unsold_near_expiry"]').first().waitFor();
    await page
      .getByRole('region', { name: 'Producer risk' })
      .locator('table.risks tbody tr')
      .first()
      .waitFor();
    await screenshotsInBothLanguages('admin', () =>
      page.getByRole('region', { name: '有争议的订单' }).waitFor(),
    );

    // The canteen refused the goat meat of a breached shipment: the administrator refunds ¥12.50 more.
    const disputes = page.getByRole('region', { name: 'Disputed orders' });
    const disputed = browser.world.orders['canteen-goat-and-pork'];
    const before = (await await page.evaluate(
      async (id) => (await fetch(`api/orders/v1/orders/${id}`)).json(),
      disputed.id,
    )) as { refundCents: number };
    await disputes
      .getByRole('button', { name: /^Resolve the dispute of the order placed/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    const resolution = disputes.getByRole('form', { name: 'Resolve the dispute' });
    await resolution.getByText(/^Butuo black goat, chilled carcass: /).waitFor();
    await resolution.getByLabel('Resolution').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('12.50');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Goat meat arrived warm; the producer agrees to a further refund.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(disputes.getByRole('status').textContent()).resolves.toMatch(
      new RegExp(`resolved: Refund; ${yuanPattern(before.refundCents + 1250)} refunded in all`),
    );
    await disputes.getByText('No disputed orders.').waitFor();
    const after = (await page.evaluate(
      async (id) => (await fetch(`api/orders/v1/orders/${id}`)).json(),
      disputed.id,
    )) as { status: string; refundCents: number; resolutionNote: string };
    expect(after).toMatchObject({
      status: 'RESOLVED',
      refundCents: before.refundCents + 1250,
      resolutionNote: 'Goat meat arrived warm; the producer agrees to a further refund.',
    });

    await page.locator('header.top').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${browser.identity.issuer}/session/end`));
    await accessible('the sign-out page');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${browser.consoleUrl}/`);
    await page.goto(`${browser.consoleUrl}/#/admin`);
    await page.getByRole('region', { name: 'Sign in' }).waitFor();
  });
});
