import { loadDemoData } from '../../scripts/demo/demo-data';
import { epcisValidator } from '../support/epcis-schema';
import { tokenFor } from '../support/http';
import { startSystem, type RunningSystem } from '../support/system';

/** The demo's EPCIS exports: lots of products with a GTIN by GS1 Digital Link, the others by URN. */
describe('demo data: EPCIS exports of delivered shipments (five services, real PostgreSQL and Kafka)', () => {
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem('epcis-demo');
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('names the chilled goat’s lots by GS1 Digital Link and the pork’s by the project’s URN, both valid against GS1’s schema', async () => {
    const world = await loadDemoData(system.demoTarget);
    const admin = await tokenFor('admin', 'harvest-bridge-ops');
    const { catalog, logistics } = system.services;
    const goat = await catalog.call({
      method: 'GET',
      url: `/v1/products/${world.productIds.goat}`,
      token: admin,
    });
    expect(goat.body.gtin).toBe('06938123450010');

    const lotClassesOf = async (orderKey: string) => {
      const shipments = await logistics.call({
        method: 'GET',
        url: `/v1/shipments?orderId=${world.orders[orderKey].id}`,
        token: admin,
      });
      const [shipment] = shipments.body.items as { id: string }[];
      const document = await logistics.call({
        method: 'GET',
        url: `/v1/shipments/${shipment.id}/epcis`,
        token: admin,
      });
      expect(epcisValidator()(document.body)).toEqual([]);
      const events = document.body.epcisBody.eventList as { quantityList: { epcClass: string }[] }[];
      expect(events.length).toBeGreaterThan(0);
      return new Set(events.flatMap((event) => event.quantityList.map((quantity) => quantity.epcClass)));
    };
    const goatClasses = [...(await lotClassesOf('jiangyou-goat'))];
    expect(goatClasses).toEqual([
      expect.stringMatching(/^https:\/\/id\.gs1\.org\/01\/06938123450010\/10\/[0-9a-f-]{36}$/),
    ]);
    const porkClasses = [...(await lotClassesOf('guangzhou-pork'))];
    expect(porkClasses).toEqual([
      expect.stringMatching(
        new RegExp(`^urn:harvestbridge:class:lot:${world.productIds.pork}:[0-9a-f-]{36}$`),
      ),
    ]);
  }, 600_000);
});
