import { randomUUID } from 'node:crypto';
import {
  COLD_CHAIN_PROFILES,
  type ConfirmedLine,
  type OrderConfirmedData,
  type ProductCategory,
  type ShipmentStatus,
  type TelemetryReading,
} from '@hb/contracts';

/** A line of a confirmed order: `quantity` units of a product of `category` from `producerId`. */
export const confirmedLine = (
  producerId: string,
  category: ProductCategory,
  overrides: Partial<ConfirmedLine> = {},
): ConfirmedLine => ({
  productId: randomUUID(),
  producerId,
  quantity: 200,
  coldChainProfile: { ...COLD_CHAIN_PROFILES[category] },
  ...overrides,
});

/** OrderConfirmed as orders announces it once catalog has reserved the stock. */
export const orderConfirmed = (
  lines: ConfirmedLine[],
  overrides: Partial<OrderConfirmedData> = {},
): OrderConfirmedData => ({
  orderId: randomUUID(),
  buyerId: randomUUID(),
  deliveryAddress: 'Guiyang No. 3 Middle School canteen, 88 Zhonghua North Road, Yunyan District, Guiyang',
  requestedDeliveryDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
  lines,
  ...overrides,
});

export const MINUTE_MS = 60_000;

/** A whole hour, `hoursAgo` hours before now: readings from there on are safely in the past. */
export const hoursAgo = (hours: number): number =>
  Math.floor(Date.now() / (60 * MINUTE_MS)) * 60 * MINUTE_MS - hours * 60 * MINUTE_MS;

/** One logger's readings, one every `everyMinutes` from `from` (epoch ms), at the given temperatures. */
export const readingsFrom = (
  from: number,
  temperatures: number[],
  { deviceId = 'TT-4G-860123045678901', everyMinutes = 5 } = {},
): TelemetryReading[] =>
  temperatures.map((temperatureC, index) => ({
    deviceId,
    recordedAt: new Date(from + index * everyMinutes * MINUTE_MS).toISOString(),
    temperatureC,
    humidityPct: 88,
    lat: 26.7719,
    lon: 106.5723,
  }));

/** `n` temperatures at `temperatureC`. */
export const steady = (n: number, temperatureC: number): number[] =>
  Array.from({ length: n }, () => temperatureC);

/** A custody move as an operator posts it. */
export const custodyMove = (
  type: ShipmentStatus,
  at: number | string,
  overrides: Record<string, string> = {},
) => ({
  type,
  at: typeof at === 'number' ? new Date(at).toISOString() : at,
  location: 'Xiuwen Kiwifruit Cooperative cold store, Xiuwen County, Guiyang, Guizhou',
  handedOverBy: 'Li Ming, warehouse keeper, Xiuwen Kiwifruit Cooperative',
  receivedBy: 'Wang Qiang, driver, Guiyang ColdLink (truck Gui A-C3172)',
  ...overrides,
});
