import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Matches } from 'class-validator';
import type { Page } from '@hb/platform';
import type { Listing } from './listing.entity';
import type { ProducerListingRow } from './producer-listing.repository';

const EXTERNAL_SKU = /^[A-Za-z0-9._-]{1,64}$/;

export class CreateListingRequest {
  @ApiProperty({
    format: 'uuid',
    example: '9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a',
    description: 'A listed product.',
  })
  @IsUUID()
  productId!: string;

  @ApiProperty({
    example: 'ZJ-TARTARY-TEA-500G',
    pattern: EXTERNAL_SKU.source,
    minLength: 1,
    maxLength: 64,
    description: "The product's SKU on your storefront; unique within it.",
  })
  @IsString()
  @Matches(EXTERNAL_SKU, {
    message: 'externalSku must be 1 to 64 characters: letters, digits, "-", "_" or "."',
  })
  externalSku!: string;
}

export class ListingView {
  @ApiProperty({ format: 'uuid', example: '0c8f5b2d-4e6a-4f1b-8d3c-9a7e6b5c4d3e' }) id!: string;
  @ApiProperty({ format: 'uuid', example: '9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a' }) productId!: string;
  @ApiProperty({ example: 'BT-BLACK-GOAT-CHILLED-1KG' }) externalSku!: string;
}

export class ListingPage implements Page<ListingView> {
  @ApiProperty({ type: [ListingView] }) items!: ListingView[];
  @ApiProperty({ type: String, nullable: true, description: 'null on the last page.' })
  nextCursor!: string | null;
}

export const toListingView = (listing: Pick<Listing, 'id' | 'productId' | 'externalSku'>): ListingView => ({
  id: listing.id,
  productId: listing.productId,
  externalSku: listing.externalSku,
});

/** A platform's listing of one of a producer's products, as the producer sees it. */
export class ProducerListingView {
  @ApiProperty({ format: 'uuid', example: '0c8f5b2d-4e6a-4f1b-8d3c-9a7e6b5c4d3e' }) id!: string;
  @ApiProperty({ format: 'uuid', example: '9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a' }) productId!: string;
  @ApiProperty({ example: 'Zhaojue tartary buckwheat tea' }) productName!: string;
  @ApiProperty({ example: 'jd-poverty-relief-mall', description: 'The platform that lists it.' })
  platformId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'JD Poverty Relief Mall',
    description:
      "The platform's name from the register of platforms (POST /v1/platforms); null if not registered.",
  })
  platformName!: string | null;
  @ApiProperty({ example: 'ZJ-TARTARY-TEA-500G', description: "The product's SKU on that platform." })
  externalSku!: string;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) listedAt!: string;
}

export class ProducerListingPage implements Page<ProducerListingView> {
  @ApiProperty({ type: [ProducerListingView] }) items!: ProducerListingView[];
  @ApiProperty({ type: String, nullable: true, description: 'null on the last page.' })
  nextCursor!: string | null;
}

/** A platform listing as its producer sees it. */
export const toProducerListingView = (row: ProducerListingRow): ProducerListingView => ({
  id: row.id,
  productId: row.productId,
  productName: row.productName,
  platformId: row.platformId,
  platformName: row.platformName,
  externalSku: row.externalSku,
  listedAt: new Date(row.createdAtText).toISOString(),
});
