import { Query, Resolver } from '@nestjs/graphql';
import type { Account } from '../../identity/account.entity';
import { CurrentAccount } from '../../identity/current-account.decorator';
import { indicatorsCsv } from './indicators-csv';
import { ProgrammeIndicators } from './indicators.types';
import { IndicatorsService } from './indicators.service';

/** The programme's indicators for programme admins (issue 8 §6). */
@Resolver()
export class IndicatorsResolver {
  constructor(private readonly indicators: IndicatorsService) {}

  @Query(() => ProgrammeIndicators, {
    description: "The programme's figures over the last 12 months, aggregates only (admins)",
  })
  programmeIndicators(@CurrentAccount() actor: Account | null): Promise<ProgrammeIndicators> {
    return this.indicators.forAdmin(actor);
  }

  @Query(() => String, {
    description:
      'The same figures as CSV: semicolons, decimal commas, UTF-8 with BOM, one line per figure and month (admins)',
  })
  async programmeIndicatorsCsv(@CurrentAccount() actor: Account | null): Promise<string> {
    return indicatorsCsv(await this.indicators.forAdmin(actor));
  }
}
