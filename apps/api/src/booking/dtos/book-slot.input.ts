import { FieldErrorCode } from '@akselerator/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Satisfies } from '../../common/validation/satisfies.decorator';
import { isUuid } from '../../common/uuid';

@InputType()
export class BookSlotInput {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  slotId!: string;

  @Field({
    description:
      'Chosen by the client per booking attempt (e.g. a UUID); a retry with the same key never books twice',
  })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) => typeof value === 'string' && /^[A-Za-z0-9_-]{8,100}$/.test(value),
    { min: 8, max: 100 },
  )
  idempotencyKey!: string;

  @Field({
    defaultValue: true,
    description: 'When the day is full: join its waitlist (true) or refuse with SLOT_FULL',
  })
  joinWaitlist: boolean = true;
}
