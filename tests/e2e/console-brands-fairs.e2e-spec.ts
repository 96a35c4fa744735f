import { randomUUID } from 'node:crypto';
import { consoleInBrowser } from '../support/console-browser';
import { waitFor } from '../support/wait';

// Each test signs in as several roles in turn, does their part and saves the new pages twice.
jest.setTimeout(300_000);

const ADDRESS = 'Mianyang Municipal Government Canteen, 1 Jiannan Road';

/**
 * The console's pages for the brand catalogue and the docking fairs, in a real browser through the
 * real sign-in: a producer's brand submitted, admitted by an administrator, named on a product and
 * read in the public catalogue; a fair organised by an administrator, a booth taken by a producer of
 * a deep-poverty county (its fee waived, and why), a buyer's purchase intent there ordered with one
 * click, and the fair's report for the administrator and the county official. Every page is checked
 * with axe-core and the new ones saved in both languages under docs/screenshots/.
 */
describe('the web console for brands and docking fairs (real sign-in and services)', () => {
  const browser = consoleInBrowser('console-brands-fairs');

  it('lets a producer submit its brand, an administrator admit it, the producer name it on a product and anyone read it', async () => {
    const brand = `Zhaojue Highland Harvest ${randomUUID().slice(0, 6)}`;
    let page = browser.page;
    await browser.signInAs('producer');
    const mine = page.getByRole('region', { name: 'My brands', exact: true });
    const submit = mine.getByRole('form', { name: 'Submit a brand' });
    await submit.getByLabel('Brand name').fill(brand);
    await submit.getByLabel('Kind of brand').selectOption('product');
    await submit.getByLabel('Brand name').press('Enter');
    // Its own brands as catalog keeps them, pending ones too (the public catalogue shows only admitted ones).
    const own = mine.locator('table.own-brands tr', { hasText: brand });
    await own.getByText('Waiting for admission').waitFor();
    await expect(own.locator('td.note').textContent()).resolves.toBe('—');
    await browser.screenshotsInBothLanguages(
      'producer-brands',
      () => page.getByRole('region', { name: '我的品牌', exact: true }).getByText('待审核入库').waitFor(),
      () => page.getByRole('region', { name: /^(My brands|我的品牌)$/ }),
    );

    await browser.openBrowser('en');
    page = browser.page;
    await browser.signInAs('admin');
    const queue = page.getByRole('region', { name: 'Brands waiting for admission' });
    const row = queue.locator('tr', { hasText: brand });
    await row.getByText('Deep poverty').waitFor();
    await row.getByLabel(`Note on the decision for ${brand}`).fill('Cooperative brand; trademark checked.');
    await browser.screenshotsInBothLanguages(
      'admin-brands',
      () =>
        page.getByRole('region', { name: '待审核入库的品牌' }).getByText(brand, { exact: true }).waitFor(),
      () => page.getByRole('region', { name: /^(Brands waiting for admission|待审核入库的品牌)$/ }),
    );
    await row.getByRole('button', { name: `Admit ${brand}` }).click();
    await queue.getByRole('status').getByText('Admitted').waitFor();
    await row.waitFor({ state: 'detached' });

    await browser.openBrowser('en');
    page = browser.page;
    await browser.signInAs('producer');
    const apples = page
      .getByRole('region', { name: 'My brands' })
      .getByRole('form', { name: 'Brand of Zhaojue highland apples' });
    await apples.getByRole('combobox').selectOption({ label: `${brand} (Product brand)` });
    await apples.getByRole('button', { name: 'Save' }).click();
    const productId = await page
      .getByRole('region', { name: 'My brands' })
      .locator('tr', { hasText: 'Zhaojue highland apples' })
      .getAttribute('data-product-id');
    await waitFor(
      async () =>
        (await page.evaluate(
          async (id) =>
            ((await (await fetch(`api/catalog/v1/products/${id}`)).json()) as { brandId: string | null })
              .brandId,
          productId,
        )) !== null,
      { what: 'the brand named on the product' },
    );
    await apples.getByRole('button', { name: 'Save', disabled: true }).waitFor();
    const admittedRow = page.getByRole('region', { name: 'My brands' }).locator('table.own-brands tr', {
      hasText: brand,
    });
    await admittedRow.getByText('Admitted', { exact: true }).waitFor();
    await admittedRow.getByText('Cooperative brand; trademark checked.').waitFor();

    // The storefronts its products are on, by the platform's registered name rather than its id.
    const storefronts = page.getByRole('region', { name: 'On platform storefronts' });
    const listing = storefronts.locator('tr', { hasText: 'SRM-ZJ-TEA-500G' });
    await expect(listing.locator('td').nth(1).textContent()).resolves.toBe('Sichuan Poverty Relief Mall');
    await browser.screenshotsInBothLanguages(
      'producer-listings',
      () =>
        page
          .getByRole('region', { name: '电商平台上架情况' })
          .getByText('Sichuan Poverty Relief Mall')
          .waitFor(),
      () => page.getByRole('region', { name: /^(On platform storefronts|电商平台上架情况)$/ }),
    );

    // Anyone reads the catalogue: the new brand with the product naming it, and the county's
    // regional public brand standing on its geographical indication.
    await page.goto(`${browser.consoleUrl}/#/public`);
    const catalogue = page.getByRole('region', { name: 'Brands', exact: true });
    await catalogue.getByRole('button', { name: brand }).click();
    const details = page.getByRole('region', { name: 'Brand', exact: true });
    await details.locator('table.brand-products').getByText('Zhaojue highland apples').waitFor();
    await catalogue.getByRole('button', { name: '大凉山 Daliangshan' }).click();
    await details.locator('.geographical-indication').getByText('Valid', { exact: true }).waitFor();
    await details.locator('table.brand-products').getByText('Zhaojue tartary buckwheat tea').waitFor();
    await browser.screenshotsInBothLanguages(
      'public-brands',
      () => page.getByRole('region', { name: '品牌目录', exact: true }).waitFor(),
      () => page.locator('.page > .columns').last(),
    );
  });

  it('lets an administrator organise a fair, a producer take a booth at the reduced fee, a buyer order its intent with one click and the fair be reported by county', async () => {
    const fair = `Chengdu winter docking fair ${randomUUID().slice(0, 6)}`;
    let page = browser.page;
    await browser.signInAs('admin');
    const organise = page.getByRole('form', { name: 'Organise a docking fair' });
    await organise.getByLabel('Name of the fair').fill(fair);
    await organise.getByLabel('City').fill('Chengdu');
    await organise.getByLabel('Booth fee (yuan)').fill('2000');
    await organise.getByLabel('City').press('Enter');
    await page
      .getByRole('region', { name: 'Report of the fair' })
      .getByText('No exhibitor or intent yet.')
      .waitFor();
    await page
      .getByRole('region', { name: 'Docking fairs' })
      .locator('tr', { hasText: fair })
      .getByText('¥2,000.00')
      .waitFor();

    await browser.openBrowser('en');
    page = browser.page;
    await browser.signInAs('producer');
    await page.getByRole('region', { name: 'Docking fairs' }).getByRole('button', { name: fair }).click();
    const booth = page.getByRole('region', { name: 'My booth' });
    await booth.getByText('A booth costs ¥2,000.00 before the reduction for your county.').waitFor();
    await booth.getByRole('button', { name: 'Take a booth' }).click();
    await booth
      .getByRole('status')
      .getByText(/^Booth taken on/)
      .waitFor();
    await expect(booth.locator('.booth-fee .figure').textContent()).resolves.toBe('¥0.00');
    await expect(booth.locator('.booth-fee .reason').textContent()).resolves.toBe(
      'Zhaojue (Deep poverty): the booth fee is waived.',
    );
    await browser.screenshotsInBothLanguages(
      'producer-fairs',
      () =>
        page.getByRole('region', { name: '我的展位' }).getByText('展位费全免', { exact: false }).waitFor(),
      () => page.locator('section.booth').locator('xpath=..'),
    );

    await browser.openBrowser('en');
    page = browser.page;
    await browser.signInAs('buyer');
    await page.getByRole('region', { name: 'Docking fairs' }).getByRole('button', { name: fair }).click();
    const intents = page.getByRole('region', { name: 'My purchase intents' });
    const record = intents.getByRole('form', { name: 'Record a purchase intent' });
    await record.getByLabel('Product').selectOption({ label: 'Zhaojue tartary buckwheat tea' });
    await record.getByLabel('Quantity (kg)').fill('60');
    await record.getByLabel('Note').fill('Buckwheat tea for the staff canteen, January');
    await record.getByLabel('Delivery address').fill(ADDRESS);
    await record.getByRole('button', { name: 'Record the intent' }).click();
    const intent = intents.locator('tr', { hasText: 'Zhaojue tartary buckwheat tea' });
    await expect(intent.locator('td').nth(2).textContent()).resolves.toMatch(/^¥5,280\.00/);
    await intent.getByRole('button', { name: 'Order now: 60 of Zhaojue tartary buckwheat tea' }).click();
    await intent.getByRole('button', { name: /^Ordered: #[0-9a-f]{8}$/ }).waitFor();
    const order = page.getByRole('region', { name: 'Order', exact: true });
    await order.getByText('Zhaojue tartary buckwheat tea').first().waitFor();
    await browser.screenshotsInBothLanguages(
      'buyer-fairs',
      () =>
        page.getByRole('region', { name: '我的采购意向' }).getByText('已下单', { exact: false }).waitFor(),
      () => page.locator('section.intents').locator('xpath=..'),
    );

    for (const role of ['admin', 'county_official'] as const) {
      await browser.openBrowser('en');
      page = browser.page;
      await browser.signInAs(role);
      await page.getByRole('region', { name: 'Docking fairs' }).getByRole('button', { name: fair }).click();
      const report = page.getByRole('region', { name: 'Report of the fair' });
      const zhaojue = report.locator('tr[data-county-code="513431"]');
      await zhaojue.waitFor();
      const cells = await zhaojue.locator('td').allTextContents();
      expect(cells.slice(1)).toEqual(['1', '1', '¥5,280.00', '1', '¥5,280.00', '¥0.00']);
      await expect(report.locator('tbody tr').count()).resolves.toBe(1);
      if (role === 'admin') {
        await browser.screenshotsInBothLanguages(
          'admin-fairs',
          () => page.getByRole('region', { name: '对接会成效报告' }).waitFor(),
          () => page.locator('section.fair-report'),
        );
      } else {
        await browser.accessible('the county official’s fair report (en)');
      }
    }
  });
});
