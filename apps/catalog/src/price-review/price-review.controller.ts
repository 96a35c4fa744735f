import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { ProductView } from '../products/product.dto';
import { PriceReviewRequest } from './price-review.dto';
import { PriceReviewService } from './price-review.service';

@ApiTags('products')
@ApiBearerAuth()
@Controller('products/:id')
export class PriceReviewController {
  constructor(private readonly reviews: PriceReviewService) {}

  @Post('price-review')
  @HttpCode(200)
  @Roles('admin', 'county_official')
  @ApiOperation({
    summary:
      "Record why a flagged price stands (justified) or that it was corrected: relief eligibility comes back (an administrator or the product county's official).",
  })
  @ApiResponse({ status: 200, type: ProductView })
  @ApiResponse({ status: 400, description: 'Malformed body (problem+json).' })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'Neither an administrator nor a county official.' })
  @ApiResponse({ status: 404, description: "No such product in the caller's county." })
  @ApiResponse({
    status: 409,
    description: 'The price is not flagged (`PriceNotFlagged`, with `priceReview`).',
  })
  review(
    @Param('id', new ParseUUIDPipe()) productId: string,
    @Body() request: PriceReviewRequest,
    @Caller() caller: Principal,
  ): Promise<ProductView> {
    return this.reviews.review(caller, productId, request);
  }
}
