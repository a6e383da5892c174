import { Module } from '@nestjs/common';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsService } from './indicators.service';

/** Programme indicators: aggregates over the counselling, booking and application tables. */
@Module({
  providers: [IndicatorsService, IndicatorsResolver],
})
export class IndicatorsModule {}
