/**
 * Identifiers in exported EPCIS documents. Class-level lot identifiers are GS1 Digital Link URIs
 * (`https://id.gs1.org/01/{GTIN-14}/10/{lot}`) where the product has a GTIN (optional in catalog, carried
 * by the confirmed order's lines); the lots of a product without one, and every other identifier, live
 * under the project's own URN namespace, `urn:harvestbridge:` (documented in apps/logistics/README.md):
 *
 *   urn:harvestbridge:class:lot:{productId}:{lotId}    a harvest lot of a product (class level, like an LGTIN)
 *   urn:harvestbridge:order:{orderId}                  a bulk order (bizTransaction of type `po`)
 *   urn:harvestbridge:shipment:{shipmentId}            a shipment
 *   urn:harvestbridge:producer:{producerId}            a producer's premises (harvest, recall)
 *   urn:harvestbridge:location:{text}                  a custody location as posted (percent-encoded)
 *   urn:harvestbridge:event:{shipmentId}:{seq}         a custody step (event id)
 */
export const NAMESPACE = 'urn:harvestbridge';

const GTIN = /^\d{14}$/;

/** A lot as a class: GS1 Digital Link with a GTIN-14, else the project's URN. */
export function lotClass(lot: { productId: string; lotId: string; gtin?: string | null }): string {
  if (lot.gtin && GTIN.test(lot.gtin))
    return `https://id.gs1.org/01/${lot.gtin}/10/${encodeURIComponent(lot.lotId)}`;
  return `${NAMESPACE}:class:lot:${lot.productId}:${lot.lotId}`;
}

export const orderUri = (orderId: string): string => `${NAMESPACE}:order:${orderId}`;
export const shipmentUri = (shipmentId: string): string => `${NAMESPACE}:shipment:${shipmentId}`;
export const producerUri = (producerId: string): string => `${NAMESPACE}:producer:${producerId}`;
export const locationUri = (text: string): string =>
  `${NAMESPACE}:location:${encodeURIComponent(text.trim())}`;
export const custodyEventUri = (shipmentId: string, seq: number): string =>
  `${NAMESPACE}:event:${shipmentId}:${seq}`;
