import { Module } from '@nestjs/common';
import { AppointmentsModule } from './appointments/appointments.module';
import { EightWeekModule } from './eight-week/eight-week.module';
import { ProposalsModule } from './proposals/proposals.module';
import { FollowUpModule } from './follow-up/follow-up.module';
import { IntakeModule } from './intake/intake.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { PlansModule } from './plans/plans.module';

/**
 * The counsellor's workspace (issue 8): intake and caseload capacity, the strength-based mapping
 * and the plan, proposals, follow-up, appointments and the programme's indicators. One sub-module
 * per capability, each with its own entities, resolvers, services and tests.
 */
@Module({
  imports: [
    ProposalsModule,
    EightWeekModule,
    AppointmentsModule,
    FollowUpModule,
    IntakeModule,
    IndicatorsModule,
    PlansModule,
  ],
})
export class CounsellingModule {}
