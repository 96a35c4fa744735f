import { ConflictError, UnprocessableError } from '@hb/platform';

/** A county's brands have distinct names (a rejected brand gives its name back). */
export class BrandNameTaken extends ConflictError {
  constructor(
    readonly brandName: string,
    readonly countyCode: string,
  ) {
    super(`county ${countyCode} already has a brand named ${brandName}`, { brandName, countyCode });
  }
}

export class UnknownCounty extends UnprocessableError {
  constructor(readonly countyCode: string) {
    super(`county ${countyCode} is not registered in the catalog`, { countyCode });
  }
}

/** The owner of an enterprise or product brand is a registered producer of the brand's county. */
export class OwnerNotOfCounty extends UnprocessableError {
  constructor(
    readonly ownerProducerId: string,
    readonly countyCode: string,
  ) {
    super(`producer ${ownerProducerId} is not a registered producer of county ${countyCode}`, {
      ownerProducerId,
      countyCode,
    });
  }
}

/** A geographical indication names a region's produce: only a regional public brand stands on one. */
export class GeographicalIndicationNotForKind extends UnprocessableError {
  constructor(readonly kind: string) {
    super(`a ${kind} brand cannot carry a geographical-indication certificate; a regional_public one can`, {
      kind,
    });
  }
}

/** A product names a brand of the catalogue: one that exists and an administrator admitted. */
export class BrandNotAdmitted extends UnprocessableError {
  constructor(
    readonly brandId: string,
    readonly brandStatus: string | null,
  ) {
    super(
      brandStatus === null
        ? `brand ${brandId} does not exist`
        : `brand ${brandId} is ${brandStatus}: a product may name an admitted brand only`,
      { brandId, brandStatus },
    );
  }
}

/**
 * An enterprise or product brand is its owner's; a regional public brand is for the producers of its
 * county. A product of anyone else cannot name it.
 */
export class BrandNotForProducer extends UnprocessableError {
  constructor(
    readonly brandId: string,
    readonly producerId: string,
  ) {
    super(`brand ${brandId} is not for the products of producer ${producerId}`, { brandId, producerId });
  }
}
