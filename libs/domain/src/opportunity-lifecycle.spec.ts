import { OpportunityKind } from './opportunity-kind';
import {
  canMoveOpportunity,
  isEditable,
  isPublishable,
  isSearchable,
  planStatusChange,
  StatusChange,
  type PublishFacts,
} from './opportunity-lifecycle';
import { OpportunityStatus } from './opportunity-status';

const { DRAFT, PUBLISHED, CLOSED, ARCHIVED } = OpportunityStatus;

describe('opportunity lifecycle', () => {
  it.each([
    [DRAFT, PUBLISHED],
    [PUBLISHED, CLOSED],
    [CLOSED, PUBLISHED],
    [CLOSED, ARCHIVED],
    [DRAFT, ARCHIVED],
  ])('allows %s → %s', (from, to) => {
    expect(canMoveOpportunity(from, to)).toBe(true);
    expect(planStatusChange(from, to)).toBe(StatusChange.MOVE);
  });

  it.each([
    [DRAFT, CLOSED],
    [PUBLISHED, DRAFT],
    [PUBLISHED, ARCHIVED],
    [CLOSED, DRAFT],
    [ARCHIVED, DRAFT],
    [ARCHIVED, PUBLISHED],
    [ARCHIVED, CLOSED],
  ])('refuses %s → %s', (from, to) => {
    expect(canMoveOpportunity(from, to)).toBe(false);
    expect(planStatusChange(from, to)).toBe(StatusChange.ILLEGAL);
  });

  it('treats asking for the current status as no change, for every status', () => {
    for (const status of Object.values(OpportunityStatus)) {
      expect(planStatusChange(status, status)).toBe(StatusChange.UNCHANGED);
      expect(canMoveOpportunity(status, status)).toBe(false);
    }
  });

  it('has archived as the only end state, reachable from every other status', () => {
    for (const status of [DRAFT, PUBLISHED, CLOSED]) {
      const reachable = new Set([status]);
      for (let round = 0; round < 4; round += 1) {
        for (const from of [...reachable]) {
          for (const to of Object.values(OpportunityStatus)) {
            if (canMoveOpportunity(from, to)) reachable.add(to);
          }
        }
      }
      expect(reachable.has(ARCHIVED)).toBe(true);
    }
  });

  it('keeps archived opportunities read-only and only published ones searchable', () => {
    expect([DRAFT, PUBLISHED, CLOSED, ARCHIVED].map(isEditable)).toEqual([true, true, true, false]);
    expect([DRAFT, PUBLISHED, CLOSED, ARCHIVED].map(isSearchable)).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });
});

describe(isPublishable.name, () => {
  const today = '2027-03-01';
  const facts = (overrides: Partial<PublishFacts>): PublishFacts => ({
    kind: OpportunityKind.HOSPITERING,
    upcomingSlots: 1,
    startDate: null,
    applicationDeadline: null,
    ...overrides,
  });

  it('needs a day ahead for a hospitering', () => {
    expect(isPublishable(facts({ upcomingSlots: 1 }), today)).toBe(true);
    expect(isPublishable(facts({ upcomingSlots: 0 }), today)).toBe(false);
  });

  it('needs a start date and deadline not passed for an apprenticeship', () => {
    const apprenticeship = { kind: OpportunityKind.APPRENTICESHIP, upcomingSlots: 0 };
    expect(
      isPublishable(
        facts({ ...apprenticeship, startDate: '2027-08-15', applicationDeadline: today }),
        today,
      ),
    ).toBe(true);
    expect(
      isPublishable(
        facts({ ...apprenticeship, startDate: '2027-08-15', applicationDeadline: '2027-02-28' }),
        today,
      ),
    ).toBe(false);
    expect(isPublishable(facts({ ...apprenticeship, startDate: '2027-02-28' }), today)).toBe(false);
    expect(isPublishable(facts({ ...apprenticeship, startDate: null }), today)).toBe(false);
  });

  it('lets a simple job without dates be published, but not one whose deadline has passed', () => {
    const job = { kind: OpportunityKind.SIMPLE_JOB, upcomingSlots: 0 };
    expect(isPublishable(facts(job), today)).toBe(true);
    expect(isPublishable(facts({ ...job, applicationDeadline: '2027-02-01' }), today)).toBe(false);
  });
});
