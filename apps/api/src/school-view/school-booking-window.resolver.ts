import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../config/app-config';
import type { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { CohortView, PupilCohort } from '../organisations/dtos/organisation.types';
import {
  BookableDay,
  BookableDaysFilter,
  BookingRules,
  CohortBookingWindow,
  SetCohortBookingWindowInput,
} from './dtos/school-booking-window.types';
import { SchoolBookingWindowService } from './school-booking-window.service';

/** The school's booking window, the days a counsellor can book, and the programme's rules. */
@Resolver()
export class SchoolBookingWindowResolver {
  constructor(
    private readonly windows: SchoolBookingWindowService,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => CohortBookingWindow, {
    description:
      "A school counsellor sets (or clears, with nulls) when the cohort's pupils may book on their own",
  })
  setCohortBookingWindow(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: SetCohortBookingWindowInput,
  ): Promise<CohortBookingWindow> {
    return this.windows.setWindow(actor, input);
  }

  @Query(() => [BookableDay], {
    description:
      'Upcoming hospitering days with free seats, for a school counsellor booking on a pupil’s behalf',
  })
  bookableDays(
    @CurrentAccount() actor: Account | null,
    @Args('filter', { type: () => BookableDaysFilter, nullable: true })
    filter: BookableDaysFilter | null,
  ): Promise<BookableDay[]> {
    return this.windows.bookableDays(actor, filter);
  }

  @Query(() => BookingRules, { description: "The programme's booking rules (public)" })
  bookingRules(): BookingRules {
    return { requiredHospiteringDays: this.config.REQUIRED_HOSPITERING_DAYS };
  }
}

/** The window on the counsellor's cohort (myCohorts has checked the counsellor's school). */
@Resolver(() => CohortView)
export class CohortWindowFieldResolver {
  constructor(private readonly windows: SchoolBookingWindowService) {}

  @ResolveField(() => CohortBookingWindow)
  bookingWindow(@Parent() cohort: CohortView): Promise<CohortBookingWindow> {
    return this.windows.windowOf(cohort.id);
  }
}

/** The window on the pupil's own cohort (myCohort answers only the pupil). */
@Resolver(() => PupilCohort)
export class PupilCohortWindowFieldResolver {
  constructor(private readonly windows: SchoolBookingWindowService) {}

  @ResolveField(() => CohortBookingWindow)
  bookingWindow(@Parent() cohort: PupilCohort): Promise<CohortBookingWindow> {
    return this.windows.windowOf(cohort.cohortId);
  }
}
