import { Injectable, type PipeTransform } from '@nestjs/common';
import { REGION_CODE } from '@hb/contracts';
import { RequestValidationError } from '@hb/platform';

/** A `:code` path parameter that is not a 6-digit division code is a 400, not a search for it. */
@Injectable()
export class ParseCountyCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (REGION_CODE.test(value)) return value;
    throw new RequestValidationError([
      { field: 'code', messages: ['code must be a 6-digit administrative division code (GB/T 2260)'] },
    ]);
  }
}
