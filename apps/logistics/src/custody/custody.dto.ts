import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { SHIPMENT_STATUSES, type ShipmentStatus } from '@hb/contracts';
import { IsTimestamp } from '../timestamps';

/** One move of the shipment, with the chain of custody at that moment. */
export class CustodyEventRequest {
  @ApiProperty({
    enum: SHIPMENT_STATUSES,
    example: 'picked_up',
    description:
      'The next status: created → picked_up → in_transit ⇄ at_hub → out_for_delivery → delivered (in_transit may go straight to out_for_delivery); `held` stops a shipment carrying a recalled lot (`recalled: true`) where it is, and `in_transit` takes the rest on.',
  })
  @IsIn(SHIPMENT_STATUSES)
  type!: ShipmentStatus;

  @ApiProperty({
    example: '2026-11-28T06:30:00+08:00',
    description:
      'When the goods changed hands (ISO-8601 with a UTC offset); not before the previous move, not in the future.',
  })
  @IsTimestamp()
  at!: string;

  @ApiProperty({ example: 'Xiuwen Kiwifruit Cooperative cold store, Xiuwen County, Guiyang, Guizhou' })
  @IsString()
  @Length(2, 300)
  location!: string;

  @ApiProperty({ example: 'Li Ming, warehouse keeper, Xiuwen Kiwifruit Cooperative' })
  @IsString()
  @Length(2, 200)
  handedOverBy!: string;

  @ApiProperty({ example: 'Wang Qiang, driver, Guiyang ColdLink (truck Gui A-C3172)' })
  @IsString()
  @Length(2, 200)
  receivedBy!: string;
}
