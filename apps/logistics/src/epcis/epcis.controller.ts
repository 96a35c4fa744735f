import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import type { EpcisEvent } from './epcis-document';
import { EpcisService } from './epcis.service';

const DOCUMENT = {
  type: 'object',
  description:
    'An EPCIS 2.0 `EPCISDocument` (JSON-LD), valid against GS1’s EPCIS 2.0 JSON Schema: one `ObjectEvent` per custody step (`bizStep`, `disposition`, `readPoint`/`bizLocation`, `eventTime` with `eventTimeZoneOffset`), the lots as `quantityList`, the order in `bizTransactionList`, temperatures in `sensorElementList` (`gs1:Temperature`, `CEL`, min/max/mean per hour, an `ALARM_CONDITION` reading per excursion).',
  required: ['@context', 'type', 'schemaVersion', 'creationDate', 'epcisBody'],
  properties: {
    '@context': { type: 'array', items: { type: 'string' } },
    id: { type: 'string' },
    type: { type: 'string', enum: ['EPCISDocument'] },
    schemaVersion: { type: 'string', example: '2.0' },
    creationDate: { type: 'string', format: 'date-time' },
    epcisBody: {
      type: 'object',
      required: ['eventList'],
      properties: { eventList: { type: 'array', items: { type: 'object', additionalProperties: true } } },
    },
  },
};

@ApiTags('epcis')
@ApiBearerAuth()
@Controller()
export class EpcisController {
  constructor(private readonly epcis: EpcisService) {}

  @Get('shipments/:id/epcis')
  @Roles('operator', 'buyer', 'producer', 'admin', 'county_official')
  @Header('content-type', 'application/ld+json')
  @ApiProduces('application/ld+json')
  @ApiOperation({
    summary:
      'A shipment’s chain of custody and temperatures as an EPCIS 2.0 document (who may read the shipment).',
  })
  @ApiResponse({
    status: 200,
    description: 'The EPCIS document.',
    content: { 'application/ld+json': { schema: DOCUMENT } },
  })
  shipment(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<EpcisEvent> {
    return this.epcis.shipmentDocument(caller, id);
  }

  @Get('lots/:id/epcis')
  @Roles('producer', 'admin', 'county_official')
  @Header('content-type', 'application/ld+json')
  @ApiProduces('application/ld+json')
  @ApiOperation({
    summary:
      'A harvest lot’s whole story as an EPCIS 2.0 document: harvest, every custody step of every shipment carrying it, its recall (its producer, an administrator, its county’s official).',
  })
  @ApiResponse({
    status: 200,
    description: 'The EPCIS document.',
    content: { 'application/ld+json': { schema: DOCUMENT } },
  })
  lot(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<EpcisEvent> {
    return this.epcis.lotDocument(caller, id);
  }
}
