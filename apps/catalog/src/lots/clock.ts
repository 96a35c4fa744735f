import { Injectable } from '@nestjs/common';

/** The time recalls are dated by; one injectable instance, so tests can set it. */
@Injectable()
export class RecallClock {
  now(): Date {
    return new Date();
  }
}
