import {
  APPLICATION_SHARED_FIELDS,
  ApplicationSharedField,
  FieldErrorCode,
  MOTIVATION_RULE,
} from '@akselerator/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { isUuid } from '../../common/uuid';
import { Satisfies, TextLength } from '../../common/validation/satisfies.decorator';

@InputType()
export class ApplyToOpportunityInput {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  opportunityId!: string;

  @Field({
    description: `A few words from the youth (${MOTIVATION_RULE.min}–${MOTIVATION_RULE.max} characters)`,
  })
  @TextLength({ min: MOTIVATION_RULE.min, max: MOTIVATION_RULE.max })
  motivation!: string;

  @Field(() => [ApplicationSharedField], {
    description:
      'The profile fields to share with the employer; their values are copied as they are now. Empty: an anonymous application',
  })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) => Array.isArray(value) && value.length <= APPLICATION_SHARED_FIELDS.length,
  )
  sharedFields!: ApplicationSharedField[];
}
