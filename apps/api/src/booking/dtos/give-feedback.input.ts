import { FieldErrorCode } from '@akselerator/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { trim } from '../../common/input-transforms';
import { isUuid } from '../../common/uuid';
import { Satisfies } from '../../common/validation/satisfies.decorator';

@InputType()
export class GiveFeedbackInput {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  bookingId!: string;

  @Field(() => Int)
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5,
    {
      min: 1,
      max: 5,
    },
  )
  rating!: number;

  @Field({ defaultValue: '', description: 'One sentence, at most 280 characters' })
  @Transform(trim)
  @Satisfies(FieldErrorCode.TOO_LONG, (value) => typeof value === 'string' && value.length <= 280, {
    max: 280,
  })
  comment: string = '';
}
