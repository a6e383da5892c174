import { FieldErrorCode, LIMITS } from '@akselerator/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Satisfies } from '../../common/validation/satisfies.decorator';

export const QUICK_SEARCH_MAX = 10;

/** What the header search box sends on every keystroke. */
@InputType()
export class QuickSearchInput {
  @Field(() => String)
  @Satisfies(
    FieldErrorCode.TOO_LONG,
    (value) => typeof value === 'string' && value.length <= LIMITS.searchQueryMax,
    { max: LIMITS.searchQueryMax },
  )
  query!: string;

  @Field(() => Int, {
    defaultValue: 5,
    description: 'Hits per group (opportunities, employers, trades)',
  })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) =>
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= 1 &&
      value <= QUICK_SEARCH_MAX,
    { min: 1, max: QUICK_SEARCH_MAX },
  )
  first = 5;
}
