import { Topics } from '@hb/contracts';

/** Every topic the service reads: the facts it builds its read model from, and its own findings. */
export const MONITORED_TOPICS = [
  Topics.producer,
  Topics.product,
  Topics.inventory,
  Topics.stock,
  Topics.emergencySale,
  Topics.order,
  Topics.shipment,
  Topics.certificate,
  Topics.alert,
  Topics.priceReview,
  Topics.producerRisk,
  Topics.marketHistory,
].map((topic) => topic.name);
