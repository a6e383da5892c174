import {
  APPLICATION_SHARED_FIELDS,
  ApplicationSharedField,
  FieldErrorCode,
  PROPOSAL_MESSAGE_RULE,
  PROPOSAL_NOTE_MAX,
  ProposalDeclineReason,
} from '@akselerator/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { isUuid } from '../../../common/uuid';
import { Satisfies, TextLength } from '../../../common/validation/satisfies.decorator';

@InputType()
export class ProposeMatchInput {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  youthId!: string;

  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  opportunityId!: string;

  @Field({
    description: `A personal message to the young person (${PROPOSAL_MESSAGE_RULE.min}–${PROPOSAL_MESSAGE_RULE.max} characters)`,
  })
  @TextLength({ min: PROPOSAL_MESSAGE_RULE.min, max: PROPOSAL_MESSAGE_RULE.max })
  message!: string;
}

@InputType()
export class AnswerProposalInput {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  proposalId!: string;

  @Field()
  accept!: boolean;

  @Field(() => [ApplicationSharedField], {
    defaultValue: [],
    description:
      'On yes: the profile fields the employer may see, copied as they are now. Ignored on no',
  })
  @Satisfies(
    FieldErrorCode.OUT_OF_RANGE,
    (value) => Array.isArray(value) && value.length <= APPLICATION_SHARED_FIELDS.length,
  )
  sharedFields!: ApplicationSharedField[];

  @Field(() => ProposalDeclineReason, {
    nullable: true,
    description: 'On no, if they want to say why',
  })
  declineReason?: ProposalDeclineReason | null;

  @Field(() => String, { nullable: true, description: 'A few optional words to the counsellor' })
  @TextLength({ max: PROPOSAL_NOTE_MAX, required: false })
  note?: string | null;
}

@InputType()
export class AnswerProposalAsEmployerInput {
  @Field(() => ID)
  @Satisfies(FieldErrorCode.REQUIRED, (value) => isUuid(value))
  proposalId!: string;

  @Field()
  accept!: boolean;

  @Field({
    description:
      'The answer to the young person and the counsellor (required: every request gets an answer)',
  })
  @TextLength({ min: 2, max: PROPOSAL_NOTE_MAX })
  message!: string;
}
