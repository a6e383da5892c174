import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Account } from '../../identity/account.entity';
import { CurrentAccount } from '../../identity/current-account.decorator';
import {
  IntakeInput,
  IntakeRequestView,
  MyCoordinator,
  OfficeCaseloadEntry,
  OfficeLoad,
  WaitingIntake,
} from './intake.types';
import { IntakeService } from './intake.service';
import { OfficeLoadService } from './office-load.service';

/** "En dør inn": asking for a coordinator, and the office lead's load view and queue. */
@Resolver()
export class IntakeResolver {
  constructor(
    private readonly intakes: IntakeService,
    private readonly offices: OfficeLoadService,
  ) {}

  @Mutation(() => IntakeRequestView, {
    description:
      'A young person asks for a coordinator (or a counsellor on behalf of one they follow); routed to a coordinator with room, or waiting',
  })
  requestCoordinator(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: IntakeInput,
  ): Promise<IntakeRequestView> {
    return this.intakes.requestCoordinator(actor, input);
  }

  @Query(() => IntakeRequestView, {
    nullable: true,
    description: "The young person's own latest request for a coordinator",
  })
  myIntakeRequest(@CurrentAccount() actor: Account | null): Promise<IntakeRequestView | null> {
    return this.intakes.myIntakeRequest(actor);
  }

  @Query(() => MyCoordinator, {
    nullable: true,
    description: "The young person's own coordinator now, or null",
  })
  myCoordinator(@CurrentAccount() actor: Account | null): Promise<MyCoordinator | null> {
    return this.intakes.myCoordinator(actor);
  }

  @Query(() => OfficeLoad, {
    description: "The NAV office's load per coordinator and its waiting requests (audited)",
  })
  officeLoad(@CurrentAccount() actor: Account | null): Promise<OfficeLoad> {
    return this.offices.officeLoad(actor);
  }

  @Mutation(() => IntakeRequestView, {
    description: 'The office lead places a waiting request with a coordinator who has room',
  })
  routeIntakeRequest(
    @CurrentAccount() actor: Account | null,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('coordinatorId', { type: () => ID }) coordinatorId: string,
  ): Promise<IntakeRequestView> {
    return this.offices.routeIntakeRequest(actor, requestId, coordinatorId);
  }
}

/** The parts of the office's view that name young people: read and audited only when asked for. */
@Resolver(() => OfficeLoad)
export class OfficeLoadResolver {
  constructor(private readonly offices: OfficeLoadService) {}

  @ResolveField(() => [WaitingIntake], {
    description:
      'Requests waiting for a coordinator, highest priority first, then the longest waiting (audited)',
  })
  waiting(
    @CurrentAccount() actor: Account | null,
    @Parent() office: OfficeLoad,
  ): Promise<WaitingIntake[]> {
    return this.offices.waitingAt(actor, office.navOfficeId);
  }

  @ResolveField(() => [OfficeCaseloadEntry], {
    description:
      "The office's young people and their coordinators: the office lead only (audited), else empty",
  })
  caseloads(
    @CurrentAccount() actor: Account | null,
    @Parent() office: OfficeLoad,
  ): Promise<OfficeCaseloadEntry[]> {
    return this.offices.caseloadsAt(actor, office.navOfficeId);
  }
}
