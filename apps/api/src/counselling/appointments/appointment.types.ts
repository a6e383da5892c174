import {
  APPOINTMENT_AGENDA_RULE,
  APPOINTMENT_DURATION_MAX,
  APPOINTMENT_DURATION_MIN,
  APPOINTMENT_PLACE_RULE,
  FieldErrorCode,
  isLateMinutes,
  LATE_MINUTES_MAX,
  LATE_NOTICE_MINUTES,
} from '@akselerator/domain';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { isUuid } from '../../common/uuid';
import { Satisfies } from '../../common/validation/satisfies.decorator';

export enum AppointmentStatus {
  PLANNED = 'PLANNED',
  CANCELLED = 'CANCELLED',
  DONE = 'DONE',
}
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus' });

const isShortText = (max: number) => (value: unknown) =>
  value == null || (typeof value === 'string' && value.length <= max * 4);

/** A meeting to book, on Norway's clock. */
@InputType()
export class BookAppointmentInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The coordinator names the young person; a young person leaves it empty',
  })
  @Satisfies(FieldErrorCode.REQUIRED, (value) => value == null || isUuid(value))
  youthId?: string | null;

  @Field({ description: 'YYYY-MM-DD, in Norway' })
  @Satisfies(
    FieldErrorCode.INVALID_DATE,
    (value) => typeof value === 'string' && value.length <= 10,
  )
  date!: string;

  @Field({ description: 'HH:MM, in Norway' })
  @Satisfies(FieldErrorCode.INVALID_TIME, (value) => typeof value === 'string' && value.length <= 5)
  time!: string;

  @Field(() => Int, {
    description: `${APPOINTMENT_DURATION_MIN}–${APPOINTMENT_DURATION_MAX} minutes`,
  })
  durationMinutes!: number;

  @Field({ description: `Where (at most ${APPOINTMENT_PLACE_RULE.max} characters)` })
  @Satisfies(FieldErrorCode.TOO_LONG, isShortText(APPOINTMENT_PLACE_RULE.max), {
    max: APPOINTMENT_PLACE_RULE.max,
  })
  place!: string;

  @Field(() => String, {
    nullable: true,
    description: `What to talk about (optional, at most ${APPOINTMENT_AGENDA_RULE.max} characters)`,
  })
  @Satisfies(FieldErrorCode.TOO_LONG, isShortText(APPOINTMENT_AGENDA_RULE.max), {
    max: APPOINTMENT_AGENDA_RULE.max,
  })
  agenda?: string | null;
}

@ArgsType()
export class RunningLateArgs {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  appointmentId!: string;

  @Field(() => Int, {
    description: `How late, 1–${LATE_MINUTES_MAX} minutes; more than ${LATE_NOTICE_MINUTES} notifies the young person`,
  })
  @Satisfies(FieldErrorCode.OUT_OF_RANGE, isLateMinutes, { min: 1, max: LATE_MINUTES_MAX })
  minutesLate!: number;
}

@ObjectType()
export class AppointmentView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youthId!: string;

  @Field()
  youthName!: string;

  @Field(() => ID)
  coordinatorId!: string;

  @Field()
  coordinatorName!: string;

  @Field()
  startsAt!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  @Field()
  place!: string;

  @Field(() => String, { nullable: true })
  agenda!: string | null;

  @Field(() => AppointmentStatus)
  status!: AppointmentStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'The new start when the coordinator is running late',
  })
  delayedTo!: Date | null;
}

@ObjectType()
export class RunningLateAnswer {
  @Field(() => AppointmentView)
  appointment!: AppointmentView;

  @Field({
    description: `Whether the young person was told (only above ${LATE_NOTICE_MINUTES} minutes)`,
  })
  notified!: boolean;

  @Field({ description: 'What happened, in Norwegian' })
  message!: string;
}
