import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Account } from '../../identity/account.entity';
import { CurrentAccount } from '../../identity/current-account.decorator';
import {
  AppointmentView,
  BookAppointmentInput,
  RunningLateAnswer,
  RunningLateArgs,
} from './appointment.types';
import { AppointmentsService } from './appointments.service';

/** Meetings between a coordinator and a young person (Jobbhuset). */
@Resolver()
export class AppointmentsResolver {
  constructor(private readonly appointments: AppointmentsService) {}

  @Mutation(() => AppointmentView, {
    description:
      'Books a meeting: the coordinator with a young person in their caseload, or the young person with their own coordinator',
  })
  bookAppointment(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: BookAppointmentInput,
  ): Promise<AppointmentView> {
    return this.appointments.bookAppointment(actor, input);
  }

  @Mutation(() => AppointmentView, { description: 'Either party cancels a planned meeting' })
  cancelAppointment(
    @CurrentAccount() actor: Account | null,
    @Args('appointmentId', { type: () => ID }) appointmentId: string,
  ): Promise<AppointmentView> {
    return this.appointments.cancelAppointment(actor, appointmentId);
  }

  @Mutation(() => RunningLateAnswer, {
    description:
      'The coordinator is running late: the new time is stored; above 15 minutes the young person is told',
  })
  markRunningLate(
    @CurrentAccount() actor: Account | null,
    @Args() args: RunningLateArgs,
  ): Promise<RunningLateAnswer> {
    return this.appointments.markRunningLate(actor, args.appointmentId, args.minutesLate);
  }

  @Query(() => [AppointmentView], {
    description: "The caller's own meetings from a day back (a young person's or a coordinator's)",
  })
  myAppointments(@CurrentAccount() actor: Account | null): Promise<AppointmentView[]> {
    return this.appointments.myAppointments(actor);
  }

  @Query(() => [AppointmentView], {
    description: 'A coordinator: the meetings with a young person in their caseload (audited)',
  })
  appointmentsWith(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
  ): Promise<AppointmentView[]> {
    return this.appointments.appointmentsWith(actor, youthId);
  }
}
