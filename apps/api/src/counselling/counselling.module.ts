import { Module } from '@nestjs/common';
import { IndicatorsModule } from './indicators/indicators.module';

/**
 * The counsellor's workspace (issue 8): intake and caseload capacity, the strength-based mapping
 * and the plan, proposals, follow-up, appointments and the programme's indicators. One sub-module
 * per capability, each with its own entities, resolvers, services and tests.
 */
@Module({
  imports: [IndicatorsModule],
})
export class CounsellingModule {}
