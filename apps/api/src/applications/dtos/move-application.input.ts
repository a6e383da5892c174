import { ApplicationDeclineReason, ApplicationStatus, FieldErrorCode } from '@akselerator/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { isUuid } from '../../common/uuid';
import { Satisfies } from '../../common/validation/satisfies.decorator';

const declining = (input: object): boolean =>
  (input as { status?: unknown }).status === ApplicationStatus.DECLINED;

@InputType()
export class MoveApplicationInput {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  id!: string;

  @Field(() => ApplicationStatus, {
    description: 'IN_REVIEW, INTERVIEW, OFFERED or DECLINED; only forward, never back',
  })
  status!: ApplicationStatus;

  @Field(() => ApplicationDeclineReason, {
    nullable: true,
    description: 'Required when declining (the youth reads its message); only then',
  })
  @Satisfies(FieldErrorCode.REQUIRED, (value, input) => !declining(input) || value != null)
  @Satisfies(FieldErrorCode.OUT_OF_RANGE, (value, input) => declining(input) || value == null)
  declineReason?: ApplicationDeclineReason | null;
}
