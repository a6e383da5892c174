import { Query, Resolver } from '@nestjs/graphql';
import type { Account } from '../../identity/account.entity';
import { CurrentAccount } from '../../identity/current-account.decorator';
import { EightWeekService } from './eight-week.service';
import { EightWeekEntry } from './eight-week.types';

@Resolver()
export class EightWeekResolver {
  constructor(private readonly eightWeek: EightWeekService) {}

  @Query(() => [EightWeekEntry], {
    description:
      "The 8-week list: young people in the coordinator's caseload (the office lead: the office's) who have waited 56 days or more without an offer, oldest first (audited)",
  })
  eightWeekList(@CurrentAccount() actor: Account | null): Promise<EightWeekEntry[]> {
    return this.eightWeek.list(actor);
  }
}
