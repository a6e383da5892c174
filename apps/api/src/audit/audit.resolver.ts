import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { AccessLogService } from './access-log.service';
import { AccessLogPage } from './dtos/access-log.types';

@Resolver()
export class AuditResolver {
  constructor(private readonly accessLog: AccessLogService) {}

  @Query(() => AccessLogPage, {
    description: "Who has looked at or changed the signed-in young person's data, newest first",
  })
  myAccessLog(
    @CurrentAccount() actor: Account | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AccessLogPage> {
    return this.accessLog.myAccessLog(actor, first, after ?? null);
  }
}
