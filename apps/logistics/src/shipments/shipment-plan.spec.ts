import { COLD_CHAIN_PROFILES, type ConfirmedLine } from '@hb/contracts';
import { planShipments } from './shipment-plan';

const line = (
  producerId: string,
  productId: string,
  category: keyof typeof COLD_CHAIN_PROFILES,
): ConfirmedLine => ({
  productId,
  producerId,
  quantity: 40,
  coldChainProfile: { ...COLD_CHAIN_PROFILES[category] },
});

describe('planning the shipments of a confirmed order', () => {
  it('makes one shipment per producer, each with its own lines', () => {
    const plan = planShipments([
      line('xiuwen-kiwi-coop', 'kiwifruit', 'temperate_fruit'),
      line('butuo-goat-coop', 'goat', 'chilled_meat'),
      line('xiuwen-kiwi-coop', 'kiwi-jam', 'ambient'),
    ]);
    expect(plan.map((shipment) => shipment.producerId)).toEqual(['xiuwen-kiwi-coop', 'butuo-goat-coop']);
    expect(plan[0].lines.map((l) => l.productId)).toEqual(['kiwifruit', 'kiwi-jam']);
    expect(plan[1].profile).toEqual(COLD_CHAIN_PROFILES.chilled_meat);
  });

  it('keeps a producer’s mixed lines in the range all of them tolerate', () => {
    const [shipment] = planShipments([
      line('farm', 'lettuce', 'leafy_vegetables'), // 0–5 °C, 60 min
      line('farm', 'yoghurt', 'dairy'), // 2–6 °C, 60 min
      line('farm', 'kiwifruit', 'temperate_fruit'), // 0–4 °C, 120 min
    ]);
    expect(shipment.profile).toEqual({ minC: 2, maxC: 4, maxDwellMinutes: 60 });
  });
});
