import { randomUUID } from 'node:crypto';
import { consoleInBrowser } from '../support/console-browser';
import { waitFor } from '../support/wait';

// Each test signs in as two roles in turn, does their part and saves the new pages twice.
jest.setTimeout(300_000);

const ADDRESS = 'Mianyang Municipal Government Canteen, 1 Jiannan Road';

interface OrderBody {
  id: string;
  status: string;
  lines: { productId: string; emergencySaleId: string | null; lots: { lotId: string }[] }[];
}

/**
 * The console's pages for what landed after its first version, in a real browser through the real
 * sign-in: a producer's emergency sale offered to a buyer behind its pledge, a lot recall reaching
 * the buyer's order, a standing order, and a request for quotation quoted and awarded. Every page is
 * checked with axe-core and saved in both languages under docs/screenshots/.
 */
describe('the web console for emergency sales, recalls, standing orders and RFQs (real sign-in and services)', () => {
  const browser = consoleInBrowser('console-market');
  let saleOrderId = '';

  /** Looks again (reloading the page) until something that arrives through Kafka is shown. */
  const untilShown = async (what: string, shown: () => Promise<boolean>, ready: () => Promise<void>) =>
    waitFor(
      async () => {
        if (await shown()) return true;
        await browser.page.reload();
        await ready();
        return false;
      },
      { what, intervalMs: 1000 },
    );

  const producerProduct = async (name: string) => {
    const page = browser.page;
    await page.getByRole('region', { name: 'My products' }).getByRole('button', { name }).click();
    return page.getByRole('region', { name: `Stock of ${name}` });
  };

  it("lets a producer open an emergency sale from a product's lots, which a buyer behind its pledge is offered and orders from", async () => {
    let page = browser.page;
    await browser.signInAs('producer');
    const stock = await producerProduct('Zhaojue tartary buckwheat tea');
    const sale = stock.getByRole('form', { name: 'Open an emergency sale' });
    await expect(sale.getByLabel(/^Price per kg/).inputValue()).resolves.toBe('76');
    await sale.getByLabel('Quantity (kg)').fill('120');
    await sale.getByLabel('Price per kg (yuan)').fill('70');
    await sale.getByLabel('Reason').selectOption('near_expiry');
    await sale.getByLabel('Note for buyers').fill('Tea close to its last day of sale');
    await sale.getByLabel('Quantity (kg)').press('Enter');
    const sales = page.getByRole('region', { name: 'My emergency sales' });
    const row = sales
      .locator('tr', { hasText: 'Zhaojue tartary buckwheat tea' })
      .filter({ hasText: '0 of 120' });
    await row.getByText(/^Open until/).waitFor();
    await expect(row.textContent()).resolves.toContain('¥70.00');
    // Its products on the platforms' storefronts, from the demo's platform.
    await page
      .getByRole('region', { name: 'On platform storefronts' })
      .getByText('SRM-ZJ-TEA-500G')
      .waitFor();

    // A price above the lowest tier is refused, explained in the chosen language.
    await sale.getByLabel('Price per kg (yuan)').fill('99');
    await sale.getByRole('button', { name: 'Open the sale' }).click();
    await sale.getByRole('alert').waitFor();
    await expect(sale.getByRole('alert').textContent()).resolves.toContain('lowest tier');
    await browser.screenshotsInBothLanguages('producer-emergency-sales', () =>
      page.getByRole('region', { name: '我的应急销售' }).waitFor(),
    );
    await sale.getByRole('button', { name: 'Dismiss' }).click();

    await browser.openBrowser('en');
    page = browser.page;
    await browser.signInAs('buyer');
    const offers = page.getByRole('region', { name: 'Emergency sales offered to me' });
    const offer = offers
      .locator('tr', { hasText: 'Zhaojue tartary buckwheat tea' })
      .filter({ hasText: '¥70.00' });
    await untilShown(
      'the offer of the new sale',
      () => offer.isVisible(),
      () => offers.waitFor(),
    );
    // The canteen is behind its pledge pace: the reason it is offered the sale first.
    await expect(page.locator('.gauge .pace').textContent()).resolves.toMatch(
      /behind the pace of ¥[\d,.]+ due by today|On pace/,
    );
    await offer.getByRole('button', { name: 'Order from this sale: Zhaojue tartary buckwheat tea' }).click();
    const form = offers.getByRole('form', { name: 'Order from the emergency sale' });
    await form.getByLabel('Quantity').fill('40');
    await expect(form.locator('.line-price').textContent()).resolves.toBe('Total: ¥2,800.00');
    await form.getByLabel('Delivery address').fill(ADDRESS);
    await form.getByLabel('Delivery address').press('Enter');
    const details = page.getByRole('region', { name: 'Order', exact: true });
    await details.locator('.state').getByText('Confirmed').waitFor();
    await details.getByText('emergency sale', { exact: true }).waitFor();
    saleOrderId = (await details.locator('[data-order-id]').getAttribute('data-order-id'))!;
    await browser.screenshotsInBothLanguages('buyer-emergency-offers', () =>
      page.getByRole('region', { name: '向我推荐的应急销售' }).waitFor(),
    );
  });

  it('lets the producer recall the lot of that order and follow it, the buyer see the recall on its order, and an administrator find the lot', async () => {
    let page = browser.page;
    await browser.signInAs('buyer');
    const order = (await page.evaluate(
      async (id) => (await fetch(`api/orders/v1/orders/${id}`)).json(),
      saleOrderId,
    )) as OrderBody;
    expect(order.lines[0].emergencySaleId).toEqual(expect.any(String));
    const lotId = order.lines[0].lots[0].lotId;

    await browser.openBrowser('en');
    page = browser.page;
    await browser.signInAs('producer');
    // The sale has done its work: the producer closes it, what is unsold goes back to ordinary stock.
    const sales = page.getByRole('region', { name: 'My emergency sales' });
    const open = sales.locator('tr', { hasText: '40 of 120' });
    await open.getByRole('button', { name: 'Close the sale of Zhaojue tartary buckwheat tea' }).click();
    await open.getByText('Closed by hand').waitFor();
    await expect(open.locator('td').nth(3).textContent()).resolves.toBe('0');

    const stock = await producerProduct('Zhaojue tartary buckwheat tea');
    await stock.locator(`tr[data-lot-id="${lotId}"]`).getByRole('button').click();
    const trace = page.getByRole('region', { name: 'Trace and recall of a lot' });
    await trace
      .locator('table.trace')
      .getByText(`#${saleOrderId.slice(0, 8)}`)
      .waitFor();
    const recall = trace.getByRole('form', { name: 'Recall this lot' });
    await recall.getByLabel('Recall class').selectOption('II');
    await recall
      .getByLabel(/^Reason/)
      .fill('Pesticide residue above GB 2763 limits in the county inspection');
    await recall.getByRole('button', { name: 'Recall the lot' }).click();
    await trace
      .getByRole('status')
      .getByText(/Class II: possible, temporary hazard, on .+: Pesticide residue/)
      .waitFor();
    await expect(trace.locator('.lot-figures').textContent()).resolves.toMatch(/[1-9][\d,]* blocked/);
    await browser.screenshotsInBothLanguages(
      'producer-recall',
      () => page.getByRole('region', { name: '批次追溯与召回' }).getByText('已召回').waitFor(),
      () => page.locator('.page.producer > .columns').nth(1),
    );

    await browser.openBrowser('en');
    page = browser.page;
    await browser.signInAs('buyer');
    const recalls = page.getByRole('region', { name: 'Recalls affecting my orders' });
    const affected = recalls.locator(`tr[data-order-id="${saleOrderId}"]`);
    await untilShown(
      'the recall on the buyer’s order',
      () => affected.isVisible(),
      () => recalls.waitFor(),
    );
    await expect(affected.textContent()).resolves.toContain('Pesticide residue');
    await affected.getByRole('button').click();
    const details = page.getByRole('region', { name: 'Order', exact: true });
    await details
      .locator('.recall-notice')
      .getByText(/A lot of this order was recalled on .+ \(Class II/)
      .waitFor();
    await browser.screenshotsInBothLanguages('buyer-recalls', () =>
      page.getByRole('region', { name: '影响我的订单的召回' }).waitFor(),
    );

    // An administrator finds the lot by its id: recalled, and the buyer's order among those marked.
    await browser.openBrowser('en');
    page = browser.page;
    await browser.signInAs('admin');
    const recallsPanel = page.getByRole('region', { name: 'Lot recalls' });
    await recallsPanel.getByLabel('Lot id').fill(lotId);
    await recallsPanel.getByLabel('Lot id').press('Enter');
    await page
      .getByRole('region', { name: 'Trace and recall of a lot' })
      .getByRole('status')
      .getByText('Recalled')
      .waitFor();
    await recallsPanel
      .locator('table.recalls')
      .getByText(`#${saleOrderId.slice(0, 8)}`)
      .waitFor();
    await expect(page.getByRole('form', { name: 'Recall this lot' }).count()).resolves.toBe(0);
    await browser.accessible('the administrator’s lot recall (en)');
  });

  it('lets a buyer set up a weekly standing order from the catalogue, pause, resume and cancel it', async () => {
    const page = browser.page;
    await browser.signInAs('buyer');
    const catalogue = page.getByRole('region', { name: 'Catalogue' });
    await catalogue.getByLabel('Search').fill('highland apples');
    const apples = catalogue.getByRole('listitem', { name: 'Zhaojue highland apples' });
    await apples.getByRole('button', { name: 'Add to order' }).click();
    const form = page.getByRole('region', { name: 'New order' });
    await form.getByLabel('Repeat').selectOption('week');
    await form.getByLabel('Delivery address').fill(ADDRESS);
    await form
      .getByLabel('First delivery on')
      .fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await form.getByRole('button', { name: 'Set up the standing order' }).click();

    const standing = page.getByRole('region', { name: 'Standing orders' });
    const row = standing.locator('tr', { hasText: 'Zhaojue highland apples' }).first();
    await row.getByText('Active', { exact: true }).waitFor();
    await expect(row.textContent()).resolves.toMatch(/Every (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/);
    await row.getByRole('button', { name: 'Pause' }).click();
    await row.getByText('Paused', { exact: true }).waitFor();
    await browser.screenshotsInBothLanguages(
      'buyer-standing-orders',
      () => page.getByRole('region', { name: '定期订单' }).getByText('已暂停').first().waitFor(),
      () => page.locator('.page.buyer > .columns').nth(2),
    );
    await row.getByRole('button', { name: 'Resume' }).click();
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Cancel for good' }).click();
    await row.getByText('Cancelled', { exact: true }).waitFor();
    await expect(row.getByRole('button').count()).resolves.toBe(0);
  });

  it('lets a buyer ask for quotes, the producer of the category quote, and the buyer award the quote as an order', async () => {
    let page = browser.page;
    const need = `Buckwheat tea for the winter term ${randomUUID().slice(0, 6)}`;
    await browser.signInAs('buyer');
    const mine = page.getByRole('region', { name: 'My requests for quotation' });
    const ask = mine.getByRole('form', { name: 'Ask for quotes' });
    await ask.getByLabel('Category').selectOption('tea');
    await ask.getByLabel('Quantity').fill('300');
    await ask.getByLabel('What you need').fill(need);
    await ask.getByLabel('Delivery address').fill(ADDRESS);
    await ask.getByLabel('Delivery address').press('Enter');
    await mine.locator('tr', { hasText: need }).getByText('Open for quotes').waitFor();

    await browser.openBrowser('en');
    page = browser.page;
    await browser.signInAs('producer');
    const requests = page.getByRole('region', { name: 'Requests for quotation' });
    await requests.getByRole('button', { name: `Tea: ${need}` }).click();
    const request = page.getByRole('region', { name: 'Request for quotation' });
    const quote = request.getByRole('form', { name: 'Quote' });
    await quote.getByLabel('Product').selectOption({ label: 'Zhaojue tartary buckwheat tea' });
    await quote.getByLabel('Price per unit (yuan)').fill('72.5');
    await quote.getByLabel('Price per unit (yuan)').press('Enter');
    await request
      .locator('ul.quotes')
      .getByText(/^300 at ¥72\.50 each, valid until/)
      .waitFor();
    await browser.screenshotsInBothLanguages(
      'producer-rfqs',
      () => page.getByRole('region', { name: '询价详情' }).getByText('已提交').waitFor(),
      () => page.locator('section.rfq-details').locator('xpath=..'),
    );

    await browser.openBrowser('en');
    page = browser.page;
    await browser.signInAs('buyer');
    const awarding = page.getByRole('region', { name: 'My requests for quotation' });
    await awarding.getByRole('button', { name: `Tea: ${need}` }).click();
    const quotes = page.getByRole('region', { name: 'Quotes' });
    await quotes
      .getByRole('button', { name: 'Award the quote for Zhaojue tartary buckwheat tea at ¥72.50' })
      .click();
    const awarded = quotes.getByRole('status');
    await awarded.getByText(/^Awarded: order #[0-9a-f]{8} placed at the quoted price\.$/).waitFor();
    await awarding.locator('tr', { hasText: need }).getByText('Awarded').waitFor();
    const orderId = await page.evaluate(async () => {
      const { items } = (await (await fetch('api/orders/v1/rfqs?status=awarded')).json()) as {
        items: { orderId: string | null }[];
      };
      return items[0].orderId;
    });
    const order = (await page.evaluate(
      async (id) => (await fetch(`api/orders/v1/orders/${id}`)).json(),
      orderId,
    )) as OrderBody & { totalCents: number };
    expect(order.totalCents).toBe(300 * 7250);
    await browser.screenshotsInBothLanguages(
      'buyer-rfqs',
      () => page.getByRole('region', { name: '报价' }).getByText('已采纳').first().waitFor(),
      () => page.locator('section.rfq-quotes').locator('xpath=..'),
    );
  });
});
