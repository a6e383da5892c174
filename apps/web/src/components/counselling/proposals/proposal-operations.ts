import type { Operation } from '@/lib/graphql';

/** The GraphQL operations of proposals and the 8-week list (issue 8 §3–4). */

export type ProposalStatusName =
  | 'PROPOSED'
  | 'ACCEPTED'
  | 'DECLINED'
  | 'WITHDRAWN'
  | 'EMPLOYER_ACCEPTED'
  | 'EMPLOYER_DECLINED'
  | 'PLACED';

export type RankingBasis = 'MATCHING_PROFILE' | 'STRENGTH_MAPPING' | 'LOCAL_DEMAND';

export interface OpportunitySummary {
  id: string;
  title: string;
  kind: 'HOSPITERING' | 'APPRENTICESHIP' | 'SIMPLE_JOB' | 'TRAINEE' | 'WORK_TRIAL';
  address: { postalPlace: string };
  employer: { name: string };
}

const OPPORTUNITY = 'opportunity { id title kind address { postalPlace } employer { name } }';

export interface Proposal {
  id: string;
  youthId: string;
  youthName: string;
  opportunity: OpportunitySummary;
  counsellorName: string | null;
  counsellorOrganisation: string | null;
  message: string;
  status: ProposalStatusName;
  declineReason: string | null;
  youthNote: string | null;
  sharedFields: string[];
  employerMessage: string | null;
  createdAt: string;
}

const PROPOSAL = `id youthId youthName ${OPPORTUNITY} counsellorName counsellorOrganisation message status
  declineReason youthNote sharedFields employerMessage createdAt`;

export interface ProposableOpportunity {
  score: number;
  alreadyProposed: boolean;
  reasons: { code: string; text: string; textEn: string }[];
  opportunity: OpportunitySummary;
}

export const COUNSELLOR_PROPOSALS_QUERY: Operation<
  {
    opportunitiesForYouth: {
      youthId: string;
      youthName: string;
      basis: RankingBasis;
      items: ProposableOpportunity[];
    };
    proposalsForYouth: Proposal[];
  },
  { youthId: string }
> = {
  query: `query CounsellorProposals($youthId: ID!) {
  opportunitiesForYouth(youthId: $youthId, first: 15) {
    youthId youthName basis items { score alreadyProposed reasons { code text textEn } ${OPPORTUNITY} }
  }
  proposalsForYouth(youthId: $youthId) { ${PROPOSAL} }
}`,
};

export const MY_PROPOSALS_QUERY: Operation<{ myProposals: Proposal[] }> = {
  query: `query MyProposals { myProposals { ${PROPOSAL} } }`,
};

export interface Candidate {
  name: string | null;
  email: string | null;
  age: number | null;
  homeMunicipalityName: string | null;
  programmeCodes: string[] | null;
  tradeCodes: string[] | null;
  strengths: string[] | null;
  adaptationsNeeded: string[] | null;
}

export interface EmployerProposal {
  id: string;
  status: ProposalStatusName;
  opportunity: OpportunitySummary;
  candidate: Candidate;
  counsellorName: string | null;
  counsellorOrganisation: string | null;
  employerMessage: string | null;
  answeredAt: string;
}

export const EMPLOYER_PROPOSALS_QUERY: Operation<{ employerProposals: EmployerProposal[] }> = {
  query: `query EmployerProposals {
  employerProposals {
    id status ${OPPORTUNITY} counsellorName counsellorOrganisation employerMessage answeredAt
    candidate { name email age homeMunicipalityName programmeCodes tradeCodes strengths adaptationsNeeded }
  }
}`,
};

export interface EightWeekEntry {
  youthId: string;
  youthName: string;
  coordinatorId: string;
  coordinatorName: string;
  waitingSince: string;
  daysWaited: number;
  lastOfferKind: 'PROPOSAL' | 'APPLICATION_OFFER' | null;
}

export const EIGHT_WEEK_QUERY: Operation<{ eightWeekList: EightWeekEntry[] }> = {
  query: `query EightWeekList {
  eightWeekList { youthId youthName coordinatorId coordinatorName waitingSince daysWaited lastOfferKind }
}`,
};

export const PROPOSE_MUTATION: Operation<
  { proposeMatch: { id: string } },
  { input: { youthId: string; opportunityId: string; message: string } }
> = {
  query: `mutation ProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }`,
};

export const ANSWER_PROPOSAL_MUTATION: Operation<
  { answerProposal: { id: string; status: ProposalStatusName } },
  {
    input: {
      proposalId: string;
      accept: boolean;
      sharedFields: string[];
      declineReason: string | null;
      note: string | null;
    };
  }
> = {
  query: `mutation AnswerProposal($input: AnswerProposalInput!) { answerProposal(input: $input) { id status } }`,
};

export const WITHDRAW_PROPOSAL_MUTATION: Operation<
  { withdrawProposal: { id: string } },
  { id: string }
> = {
  query: `mutation WithdrawProposal($id: ID!) { withdrawProposal(proposalId: $id) { id } }`,
};

export const EMPLOYER_ANSWER_MUTATION: Operation<
  { answerProposalAsEmployer: { id: string; status: ProposalStatusName } },
  { input: { proposalId: string; accept: boolean; message: string } }
> = {
  query: `mutation AnswerProposalAsEmployer($input: AnswerProposalAsEmployerInput!) {
  answerProposalAsEmployer(input: $input) { id status }
}`,
};

export const MARK_PLACED_MUTATION: Operation<
  { markProposalPlaced: { id: string } },
  { id: string }
> = {
  query: `mutation MarkProposalPlaced($id: ID!) { markProposalPlaced(proposalId: $id) { id } }`,
};

export const CHOSEN_OPPORTUNITY_QUERY: Operation<
  { opportunity: (OpportunitySummary & { status: string }) | null },
  { id: string }
> = {
  query: `query ChosenOpportunity($id: ID!) {
  opportunity(id: $id) { id title kind status address { postalPlace } employer { name } }
}`,
};
