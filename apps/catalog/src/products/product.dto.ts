import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CERTIFICATION_SCHEMES,
  IsGtin,
  POVERTY_STATUSES,
  PRICE_REVIEW_STATES,
  PRODUCT_CATEGORIES,
  PRODUCT_STATUSES,
  type CertificationScheme,
  type PovertyStatus,
  type PriceReviewState,
  type ProductCategory,
  type ProductStatus,
} from '@hb/contracts';
import { PageQuery, type Page } from '@hb/platform';
import { productSnapshot } from './product-events';
import type { Product } from './product.entity';

/** Quantities and cents travel on as 32-bit integers (order lines, ledgers), so they must fit one. */
const MAX_INT32 = 2_147_483_647;
const MAX_PRICE_TIERS = 20;

/** A PATCH field that may be left out but not set to null: null would erase a required value. */
const Omittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

export class PriceTierInput {
  @ApiProperty({
    type: 'integer',
    example: 100,
    minimum: 1,
    description: 'The tier applies from this quantity (in the unit).',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_INT32)
  minQuantity!: number;

  @ApiProperty({
    type: 'integer',
    example: 7900,
    minimum: 1,
    description: 'Price per unit in integer cents (fen).',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_INT32)
  unitPriceCents!: number;
}

const TIERS_DESCRIPTION =
  'Bulk prices, strictly ascending by minQuantity; the first tier must start at or below ' +
  'minOrderQuantity so that the minimum order has a price. The tier in force is the last one reached.';

const GTIN_DESCRIPTION =
  "The product's GS1 Global Trade Item Number, as a GTIN-8, -12, -13 or -14 with its check digit " +
  '(400 otherwise); kept in its 14-digit form, unique across products (409 `GtinTaken`). Optional: ' +
  "EPCIS exports name the product's lots with GS1 Digital Link URIs when it has one.";

const TIERS_EXAMPLE = [
  { minQuantity: 10, unitPriceCents: 8800 },
  { minQuantity: 100, unitPriceCents: 7900 },
  { minQuantity: 1000, unitPriceCents: 7200 },
];

export class CreateProductRequest {
  @ApiProperty({ example: 'Zhaojue Tartary buckwheat tea', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: PRODUCT_CATEGORIES, example: 'tea', description: 'Decides the cold-chain profile.' })
  @IsIn(PRODUCT_CATEGORIES)
  category!: ProductCategory;

  @ApiProperty({ example: 'kg', minLength: 1, maxLength: 32, description: 'The unit quantities count in.' })
  @IsString()
  @Length(1, 32)
  unit!: string;

  @ApiProperty({ type: 'integer', example: 540, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(36_500)
  shelfLifeDays!: number;

  @ApiProperty({ type: 'integer', example: 10, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_INT32)
  minOrderQuantity!: number;

  @ApiProperty({
    type: [PriceTierInput],
    minItems: 1,
    maxItems: MAX_PRICE_TIERS,
    example: TIERS_EXAMPLE,
    description: TIERS_DESCRIPTION,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PRICE_TIERS)
  @ValidateNested({ each: true })
  @Type(() => PriceTierInput)
  priceTiers!: PriceTierInput[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Liangshan Highlands', maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  brand?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '6b1f0c2e-4a8d-4e3b-9c7f-2d5e8a1b3c4d',
    description:
      "An admitted brand of the catalogue (GET /v1/brands): the producer's own enterprise or product brand, or its county's regional public brand. Optional; an unknown or unadmitted brand is a 422 (`BrandNotAdmitted`), another's a 422 (`BrandNotForProducer`).",
  })
  @IsOptional()
  @IsUUID()
  brandId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '6901234567892',
    pattern: '^(\\d{8}|\\d{12,14})$',
    description: GTIN_DESCRIPTION,
  })
  @IsOptional()
  @IsGtin()
  gtin?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '3f6c2a8e-5d1b-4c7a-9e21-7a0b8d4c6f10',
    description:
      "Required for an administrator; a producer's products are its own (its token's org), so a " +
      'producer may leave it out or send its own id, and gets 403 for any other.',
  })
  // Left out, not null: @IsOptional would let null through to the producer lookup.
  @Omittable()
  @IsUUID()
  producerId?: string;
}

/** Every field optional; status, badges and relief eligibility are not the client's to set. */
export class UpdateProductRequest {
  @ApiPropertyOptional({ example: 'Butuo black goat meat, chilled', minLength: 1, maxLength: 200 })
  @Omittable()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES, example: 'chilled_meat' })
  @Omittable()
  @IsIn(PRODUCT_CATEGORIES)
  category?: ProductCategory;

  @ApiPropertyOptional({ example: 'kg', minLength: 1, maxLength: 32 })
  @Omittable()
  @IsString()
  @Length(1, 32)
  unit?: string;

  @ApiPropertyOptional({ type: 'integer', example: 7, minimum: 1 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(36_500)
  shelfLifeDays?: number;

  @ApiPropertyOptional({ type: 'integer', example: 50, minimum: 1 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(MAX_INT32)
  minOrderQuantity?: number;

  @ApiPropertyOptional({
    type: [PriceTierInput],
    minItems: 1,
    maxItems: MAX_PRICE_TIERS,
    example: [
      { minQuantity: 50, unitPriceCents: 12800 },
      { minQuantity: 500, unitPriceCents: 11900 },
    ],
    description: `${TIERS_DESCRIPTION} Checked against the minOrderQuantity the product will have.`,
  })
  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PRICE_TIERS)
  @ValidateNested({ each: true })
  @Type(() => PriceTierInput)
  priceTiers?: PriceTierInput[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Butuo Highland Pastures',
    description: 'null removes the brand.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  brand?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '6b1f0c2e-4a8d-4e3b-9c7f-2d5e8a1b3c4d',
    description:
      "An admitted brand of the catalogue (GET /v1/brands): the producer's own enterprise or product brand, or its county's regional public brand. null removes it; an unknown or unadmitted brand is a 422 (`BrandNotAdmitted`), another's a 422 (`BrandNotForProducer`).",
  })
  @IsOptional()
  @IsUUID()
  brandId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '06901234567892',
    pattern: '^(\\d{8}|\\d{12,14})$',
    description: `${GTIN_DESCRIPTION} null removes it.`,
  })
  @IsOptional()
  @IsGtin()
  gtin?: string | null;
}

const asList = ({ value }: { value: unknown }): unknown =>
  value === undefined || Array.isArray(value) ? value : [value];

export class ProductSearchQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES, example: 'temperate_fruit' })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES)
  category?: ProductCategory;

  @ApiPropertyOptional({ example: '520123', description: "The producer's county (6-digit division code)." })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit administrative division code' })
  countyCode?: string;

  @ApiPropertyOptional({
    enum: POVERTY_STATUSES,
    example: 'deep',
    description: "Poverty status of the producer's county.",
  })
  @IsOptional()
  @IsIn(POVERTY_STATUSES)
  povertyStatus?: PovertyStatus;

  @ApiPropertyOptional({
    enum: CERTIFICATION_SCHEMES,
    isArray: true,
    example: ['geographical_indication'],
    description:
      'Certification schemes the product holds a badge for; repeat the parameter to require several.',
  })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(CERTIFICATION_SCHEMES.length)
  @IsIn(CERTIFICATION_SCHEMES, { each: true })
  scheme?: CertificationScheme[];

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    example: 'true',
    description: 'Recognised poverty-alleviation products only (true) or the others (false).',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  reliefEligible?: 'true' | 'false';

  @ApiPropertyOptional({
    example: 'kiwi',
    minLength: 1,
    maxLength: 100,
    description: 'Case-insensitive part of the name.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Products naming this catalogue brand.' })
  @IsOptional()
  @IsUUID()
  brandId?: string;
}

export class PriceTierView {
  @ApiProperty({ type: 'integer', example: 10 }) minQuantity!: number;
  @ApiProperty({ type: 'integer', example: 8800 }) unitPriceCents!: number;
}

export class ColdChainProfileView {
  @ApiProperty({ example: 0, description: 'Lowest allowed temperature, °C.' }) minC!: number;
  @ApiProperty({ example: 4, description: 'Highest allowed temperature, °C.' }) maxC!: number;
  @ApiProperty({
    type: 'integer',
    example: 120,
    description: 'Minutes allowed outside the range before an excursion.',
  })
  maxDwellMinutes!: number;
}

export class ProductView {
  @ApiProperty({ format: 'uuid', example: '9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a' }) id!: string;
  @ApiProperty({ format: 'uuid', example: '3f6c2a8e-5d1b-4c7a-9e21-7a0b8d4c6f10' }) producerId!: string;
  @ApiProperty({ example: '520123', description: "The producer's county." }) countyCode!: string;
  @ApiProperty({ example: 'Guizhou Xiuwen kiwifruit' }) name!: string;
  @ApiProperty({ enum: PRODUCT_CATEGORIES, example: 'temperate_fruit' }) category!: ProductCategory;
  @ApiProperty({ example: 'kg' }) unit!: string;
  @ApiProperty({ type: 'integer', example: 30 }) shelfLifeDays!: number;
  @ApiProperty({ type: 'integer', example: 20 }) minOrderQuantity!: number;
  @ApiProperty({
    type: [PriceTierView],
    example: [
      { minQuantity: 20, unitPriceCents: 1600 },
      { minQuantity: 500, unitPriceCents: 1350 },
    ],
  })
  priceTiers!: PriceTierView[];
  @ApiProperty({ type: String, nullable: true, example: 'Xiuwen Kiwi' }) brand!: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The admitted catalogue brand the product names (GET /v1/brands/{id}).',
  })
  brandId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '06901234567892',
    pattern: '^\\d{14}$',
    description: "The product's GS1 GTIN in its 14-digit form (leading zeros), or null.",
  })
  gtin!: string | null;
  @ApiProperty({ enum: PRODUCT_STATUSES, example: 'listed' }) status!: ProductStatus;
  @ApiProperty({
    enum: CERTIFICATION_SCHEMES,
    isArray: true,
    example: ['geographical_indication', 'green_food'],
    description: 'Schemes of the valid certificates covering the product (set by certification only).',
  })
  badges!: CertificationScheme[];
  @ApiProperty({
    example: true,
    description: 'A valid poverty-alleviation-product certificate covers it (set by certification only).',
  })
  reliefEligible!: boolean;
  @ApiProperty({
    enum: PRICE_REVIEW_STATES,
    description:
      'Price against the market (monitoring): `flagged` withholds relief eligibility until justified, corrected or back in the band.',
  })
  priceReview!: PriceReviewState;
  @ApiProperty({ type: ColdChainProfileView, description: 'Follows from the category.' })
  coldChainProfile!: ColdChainProfileView;
}

export class ProductPage implements Page<ProductView> {
  @ApiProperty({ type: [ProductView] }) items!: ProductView[];
  @ApiProperty({ type: String, nullable: true, description: 'null on the last page.' })
  nextCursor!: string | null;
}

/** What clients see of a product: its event snapshot without the version, which is for consumers. */
export function toProductView(product: Product, countyCode: string): ProductView {
  const snapshot = productSnapshot(product, countyCode);
  return {
    id: snapshot.id,
    producerId: snapshot.producerId,
    countyCode: snapshot.countyCode,
    name: snapshot.name,
    category: snapshot.category,
    unit: snapshot.unit,
    shelfLifeDays: snapshot.shelfLifeDays,
    minOrderQuantity: snapshot.minOrderQuantity,
    priceTiers: snapshot.priceTiers,
    brand: snapshot.brand,
    brandId: snapshot.brandId ?? null,
    gtin: snapshot.gtin ?? null,
    status: snapshot.status,
    badges: snapshot.badges,
    reliefEligible: snapshot.reliefEligible,
    priceReview: snapshot.priceReview ?? 'none',
    coldChainProfile: snapshot.coldChainProfile,
  };
}
