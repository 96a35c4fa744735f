import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { TELEMETRY_LIMITS, type Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { PostReadingsRequest, ReadingsReceipt } from './reading.dto';
import { TelemetryIngestService } from './telemetry-ingest.service';

@ApiTags('telemetry')
@ApiBearerAuth()
@Controller('shipments/:id/readings')
export class ReadingsController {
  constructor(private readonly telemetry: TelemetryIngestService) {}

  @Post()
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary: 'Upload a batch of temperature readings of a shipment the caller holds (all or none).',
    description: `Up to ${TELEMETRY_LIMITS.maxReadingsPerBatch} readings; buffered and out-of-order uploads are placed by device time. Devices may publish to the Kafka topic logistics.telemetry.v1 instead.`,
  })
  @ApiResponse({ status: 200, type: ReadingsReceipt })
  @ApiResponse({
    status: 400,
    description: `A reading without a time, a temperature that is not a number or outside ${TELEMETRY_LIMITS.minTemperatureC}…${TELEMETRY_LIMITS.maxTemperatureC} °C, more than ${TELEMETRY_LIMITS.maxReadingsPerBatch} readings (problem+json, every field listed).`,
  })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'Not an operator, or the shipment is not claimed by the caller.' })
  @ApiResponse({ status: 404, description: 'No such shipment visible to the caller.' })
  @ApiResponse({
    status: 409,
    description: 'The shipment was cancelled (`ShipmentTakesNoReadings`, with `shipmentId`).',
  })
  @ApiResponse({ status: 413, description: 'Body over 1 MiB.' })
  @ApiResponse({
    status: 422,
    description:
      'A reading recorded in the future (`ReadingsInTheFuture`, with `readingsInTheFuture`, how many).',
  })
  post(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: PostReadingsRequest,
    @Caller() caller: Principal,
  ): Promise<ReadingsReceipt> {
    return this.telemetry.postReadings(caller, id, request.readings);
  }
}
