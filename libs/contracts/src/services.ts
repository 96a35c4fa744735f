/** The five services. Each owns its database and is the only writer of its topics. */
export const SERVICES = ['catalog', 'orders', 'logistics', 'certification', 'monitoring'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Default HTTP ports (design brief). */
export const SERVICE_PORTS: Readonly<Record<ServiceName, number>> = {
  catalog: 3001,
  orders: 3002,
  logistics: 3003,
  certification: 3004,
  monitoring: 3005,
};
