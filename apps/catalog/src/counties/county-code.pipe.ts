import { Injectable, type PipeTransform } from '@nestjs/common';
import { RequestValidationError } from '@hb/platform';
import { COUNTY_CODE } from './county-change';

/** A `:code` path parameter that is not a 6-digit division code is a 400, not a search for it. */
@Injectable()
export class ParseCountyCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (COUNTY_CODE.test(value)) return value;
    throw new RequestValidationError([
      { field: 'code', messages: ['code must be a 6-digit administrative division code (GB/T 2260)'] },
    ]);
  }
}
