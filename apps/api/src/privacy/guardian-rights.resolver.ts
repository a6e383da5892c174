import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RateLimited } from '../common/rate-limit/gql-throttler.guard';
import { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import {
  GuardianAccess,
  GuardianEraseInput,
  GuardianTokenInput,
  MyGuardian,
  RequestGuardianLinkInput,
} from './dtos/guardian-rights.types';
import { GuardianRightsService } from './guardian-rights.service';

/** A guardian's data rights for a pupil under 16: the link in the e-mail is the key. */
@Resolver()
export class GuardianRightsResolver {
  constructor(private readonly guardians: GuardianRightsService) {}

  @Query(() => MyGuardian, {
    description: "The signed-in pupil's guardian e-mail on record, and whether their rights apply",
  })
  myGuardian(@CurrentAccount() actor: Account | null): Promise<MyGuardian> {
    return this.guardians.myGuardian(actor);
  }

  @Mutation(() => Boolean, {
    description:
      "The signed-in pupil sends their guardian (on record) a one-time link to the pupil's data rights; false when that does not apply (16 or older, or no guardian on record)",
  })
  @RateLimited()
  sendGuardianLink(@CurrentAccount() actor: Account | null): Promise<boolean> {
    return this.guardians.sendToMyGuardian(actor);
  }

  @Mutation(() => Boolean, {
    description:
      'A guardian asks for a one-time link with the e-mail the school has on record; always true (never reveals whether it matched)',
  })
  @RateLimited()
  requestGuardianLink(@Args('input') input: RequestGuardianLinkInput): Promise<boolean> {
    return this.guardians.requestLink(input.email);
  }

  @Query(() => GuardianAccess, {
    description:
      "What a guardian's link is about (does not use it); refused when unknown, used or expired",
  })
  // Not rate-limited: the web's server asks on every page view (one address for all guardians),
  // and a 256-bit token cannot be guessed.
  guardianAccess(@Args('input') input: GuardianTokenInput): Promise<GuardianAccess> {
    return this.guardians.access(input.token);
  }

  @Mutation(() => String, {
    description:
      "A guardian downloads the pupil's data as JSON; uses the link, and shows in the pupil's access log",
  })
  @RateLimited()
  guardianExportData(@Args('input') input: GuardianTokenInput): Promise<string> {
    return this.guardians.exportData(input.token);
  }

  @Mutation(() => Boolean, {
    description: "A guardian erases the pupil's account (type SLETT to confirm); uses the link",
  })
  @RateLimited()
  guardianEraseAccount(@Args('input') input: GuardianEraseInput): Promise<boolean> {
    return this.guardians.erase(input.token, input.confirmation);
  }
}
