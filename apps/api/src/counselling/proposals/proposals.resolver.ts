import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Account } from '../../identity/account.entity';
import { CurrentAccount } from '../../identity/current-account.decorator';
import {
  AnswerProposalAsEmployerInput,
  AnswerProposalInput,
  ProposeMatchInput,
} from './dtos/proposal.inputs';
import { ProposalAnswersService } from './proposal-answers.service';
import { EmployerProposal, MatchProposal, ProposableOpportunityList } from './proposal.types';
import { ProposalsService } from './proposals.service';

@Resolver()
export class ProposalsResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly answers: ProposalAnswersService,
  ) {}

  @Query(() => ProposableOpportunityList, {
    description:
      'Published places ranked for a young person the counsellor follows, with reasons; says what the ranking was based on (audited)',
  })
  opportunitiesForYouth(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<ProposableOpportunityList> {
    return this.proposals.opportunitiesForYouth(actor, youthId, Math.min(Math.max(first, 1), 50));
  }

  @Query(() => [MatchProposal], {
    description: "A young person's proposals, for a counsellor who follows them (audited)",
  })
  proposalsForYouth(
    @CurrentAccount() actor: Account | null,
    @Args('youthId', { type: () => ID }) youthId: string,
  ): Promise<MatchProposal[]> {
    return this.proposals.proposalsForYouth(actor, youthId);
  }

  @Query(() => [MatchProposal], { description: "The signed-in young person's proposals" })
  myProposals(@CurrentAccount() actor: Account | null): Promise<MatchProposal[]> {
    return this.answers.listOwn(actor);
  }

  @Query(() => [EmployerProposal], {
    description:
      "Candidates from accepted proposals on the employer's opportunities (one, when given): only what each young person agreed to share (audited)",
  })
  employerProposals(
    @CurrentAccount() actor: Account | null,
    @Args('opportunityId', { type: () => ID, nullable: true }) opportunityId: string | null,
  ): Promise<EmployerProposal[]> {
    return this.answers.listForEmployer(actor, opportunityId ?? null);
  }

  @Mutation(() => MatchProposal, {
    description: 'A counsellor proposes a published opportunity to a young person they follow',
  })
  proposeMatch(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: ProposeMatchInput,
  ): Promise<MatchProposal> {
    return this.proposals.propose(actor, input);
  }

  @Mutation(() => MatchProposal, {
    description: 'The young person says yes (sharing what they choose) or no',
  })
  answerProposal(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: AnswerProposalInput,
  ): Promise<MatchProposal> {
    return this.answers.answer(actor, input);
  }

  @Mutation(() => MatchProposal, {
    description: 'The counsellor takes back a proposal not yet answered',
  })
  withdrawProposal(
    @CurrentAccount() actor: Account | null,
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ): Promise<MatchProposal> {
    return this.proposals.withdraw(actor, proposalId);
  }

  @Mutation(() => EmployerProposal, { description: "The employer answers a young person's yes" })
  answerProposalAsEmployer(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: AnswerProposalAsEmployerInput,
  ): Promise<EmployerProposal> {
    return this.answers.answerAsEmployer(actor, input);
  }

  @Mutation(() => MatchProposal, {
    description:
      "An employer's yes ended in a placement: by the employer or a counsellor who follows the young person; follow-up starts",
  })
  markProposalPlaced(
    @CurrentAccount() actor: Account | null,
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ): Promise<MatchProposal> {
    return this.answers.markPlaced(actor, proposalId);
  }
}
