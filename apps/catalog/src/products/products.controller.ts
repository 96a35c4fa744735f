import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '@hb/contracts';
import {
  answerWithBodyTag,
  answerWithTag,
  Caller,
  ConditionalRead,
  RevalidatedBy,
  Roles,
  TAGGED_OK,
} from '@hb/platform';
import { productTag } from './product-search';
import { PRODUCT_REVALIDATOR } from './product-tags';
import { describeMove } from './product-status';
import {
  CreateProductRequest,
  ProductPage,
  toProductView,
  ProductSearchQuery,
  ProductView,
  UpdateProductRequest,
} from './product.dto';
import { ProductsService } from './products.service';

const PRODUCT_ID = { name: 'id', format: 'uuid', description: 'The product id.' } as const;
const NOT_VISIBLE = 'No such product, or not one you can see (drafts are seen by their producer only).';

@ApiTags('products')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'No valid bearer token.' })
@Controller('products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Post()
  @Roles('producer', 'admin')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Register a product as a draft',
    description:
      'A producer registers for its own organisation; an administrator names the producer. Announced as catalog.product.registered.v1.',
  })
  @ApiCreatedResponse({ type: ProductView, description: 'The new draft.' })
  @ApiBadRequestResponse({
    description: 'A field is missing or invalid, or the body sets a field clients may not (status, badges…).',
  })
  @ApiForbiddenResponse({ description: "Not a producer or administrator, or another producer's id." })
  @ApiUnprocessableEntityResponse({
    description:
      'Unknown producer (`ProducerNotKnown`, with `producerId`), or price tiers that do not ascend or leave the minimum order unpriced (`PriceTiersInconsistent`, with `errors`).',
  })
  register(@Caller() caller: Principal, @Body() body: CreateProductRequest): Promise<ProductView> {
    return this.products.register(caller, body);
  }

  @Get()
  @ApiOperation({
    summary: 'Search products',
    description:
      'In creation order. Buyers and platforms see listed products; a producer also its own drafts and delisted products; an administrator everything.',
  })
  @ApiOkResponse({
    type: ProductPage,
    description: 'A page of products and the cursor of the next one.',
    ...TAGGED_OK,
  })
  @ConditionalRead('private')
  @ApiBadRequestResponse({
    description: 'An unknown or invalid query parameter, or a cursor this API did not give.',
  })
  async search(
    @Caller() caller: Principal,
    @Query() query: ProductSearchQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // The page's ETag is a hash of its body: its rows have no single version.
    answerWithBodyTag(request, reply, 'private', await this.products.search(caller, query));
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a product' })
  @ApiParam(PRODUCT_ID)
  @ApiOkResponse({ type: ProductView, ...TAGGED_OK })
  @ConditionalRead('private')
  // A revalidation of a product this replica remembers is answered before this handler (ProductTags).
  @RevalidatedBy(PRODUCT_REVALIDATOR)
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async get(
    @Caller() caller: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // The ETag comes from the row's version and change time: a 304 builds and serialises nothing.
    const product = await this.products.visible(caller, id);
    answerWithTag(request, reply, 'private', productTag(product), () =>
      toProductView(product, product.countyCode),
    );
  }

  @Patch(':id')
  @Roles('producer', 'admin')
  @ApiOperation({
    summary: 'Change a product',
    description:
      'Only the fields sent change; price tiers are checked against the resulting minimum order quantity. ' +
      'Announced as catalog.product.updated.v1 unless nothing changed.',
  })
  @ApiParam(PRODUCT_ID)
  @ApiOkResponse({ type: ProductView })
  @ApiBadRequestResponse({ description: 'An invalid field, or one clients may not set (status, badges…).' })
  @ApiForbiddenResponse({ description: 'Neither the producer of the product nor an administrator.' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiUnprocessableEntityResponse({
    description:
      'Price tiers that do not fit the minimum order quantity (`PriceTiersInconsistent`, with `errors`).',
  })
  update(
    @Caller() caller: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateProductRequest,
  ): Promise<ProductView> {
    return this.products.update(caller, id, body);
  }

  @Post(':id/list')
  @Roles('producer', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Put a product on sale',
    description: `Allowed moves: ${describeMove('list')}. Announced as catalog.product.listed.v1.`,
  })
  @ApiParam(PRODUCT_ID)
  @ApiOkResponse({ type: ProductView })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiForbiddenResponse({ description: 'Neither the producer of the product nor an administrator.' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'The product is already listed.' })
  list(@Caller() caller: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<ProductView> {
    return this.products.move(caller, id, 'list');
  }

  @Post(':id/delist')
  @Roles('producer', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw a product from sale',
    description: `Allowed moves: ${describeMove('delist')}. Announced as catalog.product.delisted.v1.`,
  })
  @ApiParam(PRODUCT_ID)
  @ApiOkResponse({ type: ProductView })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiForbiddenResponse({ description: 'Neither the producer of the product nor an administrator.' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'The product is a draft or already delisted.' })
  delist(@Caller() caller: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<ProductView> {
    return this.products.move(caller, id, 'delist');
  }
}
