import { todayInOslo } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';

/** The one source of "now", so tests can move time instead of waiting for it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's date in Norway (YYYY-MM-DD), the calendar users see. */
  today(): string {
    return todayInOslo(this.now());
  }
}
