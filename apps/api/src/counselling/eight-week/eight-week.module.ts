import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { OrganisationsModule } from '../../organisations/organisations.module';
import { EightWeekResolver } from './eight-week.resolver';
import { EightWeekService } from './eight-week.service';

/** The 8-week list (8-ukersregelen) for coordinators and office leads. */
@Module({
  imports: [IdentityModule, OrganisationsModule],
  providers: [EightWeekService, EightWeekResolver],
})
export class EightWeekModule {}
