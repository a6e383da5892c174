import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { Booking } from './booking.entity';
import { BookingAnswerService } from './booking-answer.service';
import { GuardianConsentRequest } from './dtos/guardian-consent.types';
import { GuardianConsentStatus } from './guardian-consent';
import { GuardianConsentService } from './guardian-consent.service';

/** The guardian's link (no sign-in: the link is the key) and the consent status on a booking. */
@Resolver(() => Booking)
export class GuardianConsentResolver {
  constructor(
    private readonly consents: GuardianConsentService,
    private readonly answers: BookingAnswerService,
  ) {}

  @Query(() => GuardianConsentRequest, {
    nullable: true,
    description: "What a guardian's consent link is about; null for an unknown or used link",
  })
  guardianConsentRequest(@Args('token') token: string): Promise<GuardianConsentRequest | null> {
    return this.consents.view(token);
  }

  @Mutation(() => GuardianConsentRequest, {
    nullable: true,
    description:
      'A guardian gives consent; the link works once. Null when unknown, used or expired',
  })
  giveGuardianConsent(@Args('token') token: string): Promise<GuardianConsentRequest | null> {
    return this.consents.give(token);
  }

  @ResolveField(() => GuardianConsentStatus, {
    nullable: true,
    description: 'For the pupil and the employer: whether a guardian has agreed (under 16)',
  })
  async guardianConsent(
    @CurrentAccount() actor: Account | null,
    @Parent() booking: Booking,
  ): Promise<GuardianConsentStatus | null> {
    if (!(await this.answers.isParty(actor, booking))) return null;
    return this.consents.statusOf(booking.id);
  }
}
