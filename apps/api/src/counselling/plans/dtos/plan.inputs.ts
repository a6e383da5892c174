import { FieldErrorCode, INTEREST_TAGS_MAX, isIsoDate, PLAN_TEXT_RULES } from '@akselerator/domain';
import { Field, InputType } from '@nestjs/graphql';
import { Satisfies, TextLength } from '../../../common/validation/satisfies.decorator';

const isDate = (value: unknown): boolean => typeof value === 'string' && isIsoDate(value);
const isStringList = (max: number) => (value: unknown) =>
  Array.isArray(value) && value.length <= max && value.every((item) => typeof item === 'string');

@InputType()
export class SavePlanInput {
  @Field({
    description: `The goal (${PLAN_TEXT_RULES.goal.min}–${PLAN_TEXT_RULES.goal.max} characters)`,
  })
  @TextLength(PLAN_TEXT_RULES.goal)
  goal!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Satisfies(FieldErrorCode.INVALID_DATE, isDate)
  startsOn!: string;
}

@InputType()
export class MilestoneInput {
  @Field()
  @TextLength(PLAN_TEXT_RULES.milestoneTitle)
  title!: string;

  @Field({ description: 'YYYY-MM-DD, not before the plan starts' })
  @Satisfies(FieldErrorCode.INVALID_DATE, isDate)
  dueOn!: string;

  @Field(() => String, { description: 'YOUTH, COORDINATOR or TOGETHER' })
  owner!: string;
}

@InputType({ description: 'Never diagnoses or health: there is no field for them' })
export class StrengthMappingInput {
  @Field(() => [String], { description: `At most ${INTEREST_TAGS_MAX} short tags` })
  @Satisfies(FieldErrorCode.OUT_OF_RANGE, isStringList(50))
  interests!: string[];

  @Field(() => [String], { description: 'Strength codes from the fixed list' })
  @Satisfies(FieldErrorCode.UNKNOWN_STRENGTH, isStringList(50))
  strengths!: string[];

  @Field(() => [String], { description: 'Adaptation codes from the fixed list' })
  @Satisfies(FieldErrorCode.UNKNOWN_ADAPTATION, isStringList(50))
  adaptations!: string[];

  @Field()
  @TextLength({ ...PLAN_TEXT_RULES.mappingText, required: false })
  dreams!: string;

  @Field()
  @TextLength({ ...PLAN_TEXT_RULES.mappingText, required: false })
  workExperience!: string;

  @Field()
  @TextLength({ ...PLAN_TEXT_RULES.mappingText, required: false })
  goals!: string;
}
