import fc from 'fast-check';
import { OpportunityKind } from './opportunity-kind';
import {
  canMoveProposal,
  EMPLOYER_VISIBLE_PROPOSAL_STATUSES,
  isOpenProposal,
  placementGoalKind,
  PROPOSAL_DECLINE_REASONS,
  proposalDeclineLabel,
  proposalMovesFor,
  ProposalParty,
  ProposalStatus,
  proposalStatusLabel,
} from './proposal-status';
import { Locale } from './locale';

const statuses = fc.constantFrom(...Object.values(ProposalStatus));
const parties = fc.constantFrom(...Object.values(ProposalParty));
const FINAL = [
  ProposalStatus.DECLINED,
  ProposalStatus.WITHDRAWN,
  ProposalStatus.EMPLOYER_DECLINED,
  ProposalStatus.PLACED,
];

describe(canMoveProposal.name, () => {
  it('lets each party make exactly its own moves', () => {
    expect(
      canMoveProposal(ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED, ProposalParty.YOUTH),
    ).toBe(true);
    expect(
      canMoveProposal(ProposalStatus.PROPOSED, ProposalStatus.DECLINED, ProposalParty.YOUTH),
    ).toBe(true);
    expect(
      canMoveProposal(ProposalStatus.PROPOSED, ProposalStatus.WITHDRAWN, ProposalParty.COUNSELLOR),
    ).toBe(true);
    expect(
      canMoveProposal(
        ProposalStatus.ACCEPTED,
        ProposalStatus.EMPLOYER_ACCEPTED,
        ProposalParty.EMPLOYER,
      ),
    ).toBe(true);
    expect(
      canMoveProposal(
        ProposalStatus.ACCEPTED,
        ProposalStatus.EMPLOYER_DECLINED,
        ProposalParty.EMPLOYER,
      ),
    ).toBe(true);
    expect(
      canMoveProposal(
        ProposalStatus.EMPLOYER_ACCEPTED,
        ProposalStatus.PLACED,
        ProposalParty.EMPLOYER,
      ),
    ).toBe(true);
    expect(
      canMoveProposal(
        ProposalStatus.EMPLOYER_ACCEPTED,
        ProposalStatus.PLACED,
        ProposalParty.COUNSELLOR,
      ),
    ).toBe(true);
  });

  it('never lets someone answer for another party', () => {
    expect(
      canMoveProposal(ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED, ProposalParty.COUNSELLOR),
    ).toBe(false);
    expect(
      canMoveProposal(ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED, ProposalParty.EMPLOYER),
    ).toBe(false);
    expect(
      canMoveProposal(
        ProposalStatus.ACCEPTED,
        ProposalStatus.EMPLOYER_ACCEPTED,
        ProposalParty.COUNSELLOR,
      ),
    ).toBe(false);
    expect(
      canMoveProposal(ProposalStatus.ACCEPTED, ProposalStatus.WITHDRAWN, ProposalParty.COUNSELLOR),
    ).toBe(false);
    expect(
      canMoveProposal(ProposalStatus.EMPLOYER_ACCEPTED, ProposalStatus.PLACED, ProposalParty.YOUTH),
    ).toBe(false);
  });

  it('never moves out of a final status, nor to PROPOSED, nor in place', () => {
    fc.assert(
      fc.property(statuses, statuses, parties, (from, to, by) => {
        if (FINAL.includes(from) || to === ProposalStatus.PROPOSED || from === to) {
          expect(canMoveProposal(from, to, by)).toBe(false);
        }
      }),
    );
  });

  it('reaches the employer only through the young person saying yes', () => {
    fc.assert(
      fc.property(statuses, parties, (from, by) => {
        if (canMoveProposal(from, ProposalStatus.EMPLOYER_ACCEPTED, by)) {
          expect(from).toBe(ProposalStatus.ACCEPTED);
          expect(by).toBe(ProposalParty.EMPLOYER);
        }
      }),
    );
  });

  it('keeps every status the employer sees reachable only after the youth accepted', () => {
    for (const status of EMPLOYER_VISIBLE_PROPOSAL_STATUSES) {
      expect([
        ProposalStatus.PROPOSED,
        ProposalStatus.DECLINED,
        ProposalStatus.WITHDRAWN,
      ]).not.toContain(status);
    }
  });

  it('lists the moves as buttons', () => {
    expect(proposalMovesFor(ProposalStatus.PROPOSED, ProposalParty.YOUTH)).toEqual([
      ProposalStatus.ACCEPTED,
      ProposalStatus.DECLINED,
    ]);
    expect(proposalMovesFor(ProposalStatus.PLACED, ProposalParty.EMPLOYER)).toEqual([]);
    expect(isOpenProposal(ProposalStatus.EMPLOYER_ACCEPTED)).toBe(true);
    expect(isOpenProposal(ProposalStatus.PLACED)).toBe(false);
  });
});

describe('proposal texts', () => {
  it('has a label for every status and reason in both languages', () => {
    for (const locale of Object.values(Locale)) {
      for (const status of Object.values(ProposalStatus))
        expect(proposalStatusLabel(status, locale).length).toBeGreaterThan(0);
      for (const reason of PROPOSAL_DECLINE_REASONS)
        expect(proposalDeclineLabel(reason, locale).length).toBeGreaterThan(0);
    }
  });

  it('maps a placement to the follow-up goal', () => {
    expect(placementGoalKind(OpportunityKind.APPRENTICESHIP)).toBe('APPRENTICESHIP');
    expect(placementGoalKind(OpportunityKind.SIMPLE_JOB)).toBe('JOB');
    expect(placementGoalKind(OpportunityKind.HOSPITERING)).toBe('ACTIVITY');
  });
});
