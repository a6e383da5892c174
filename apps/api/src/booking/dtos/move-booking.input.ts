import { FieldErrorCode } from '@akselerator/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Satisfies } from '../../common/validation/satisfies.decorator';
import { isUuid } from '../../common/uuid';

@InputType()
export class MoveBookingInput {
  @Field(() => ID, { description: 'The booking to move (it is cancelled when the move succeeds)' })
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  bookingId!: string;

  @Field(() => ID, { description: 'The day to move it to' })
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  toSlotId!: string;

  @Field({ description: 'Chosen by the client per attempt; a retry with the same key moves once' })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) => typeof value === 'string' && /^[A-Za-z0-9_-]{8,100}$/.test(value),
    { min: 8, max: 100 },
  )
  idempotencyKey!: string;

  @Field({
    defaultValue: true,
    description: 'When the new day is full: join its waitlist (true) or refuse with SLOT_FULL',
  })
  joinWaitlist: boolean = true;
}
