import {
  addDays,
  BookingStatus,
  ProposalStatus,
  Role,
  SEAT_HOLDING_STATUSES,
} from '@akselerator/domain';
import { generateDemoCity } from './demo-city.generator';
import { generateDemoCounselling, type DemoCounselling } from './demo-counselling';
import { generateDemoOrganisations } from './demo-organisations';

const TODAY = '2026-11-29';

function demo(seed = 2026, today = TODAY): DemoCounselling {
  const city = generateDemoCity({ seed, today, employerCount: 40, opportunityCount: 90 });
  const organisations = generateDemoOrganisations(seed, today, city.accounts);
  return generateDemoCounselling({ seed, today, city, organisations });
}

const emailId = (sut: DemoCounselling, seed = 2026, today = TODAY) => {
  const city = generateDemoCity({ seed, today, employerCount: 40, opportunityCount: 90 });
  const organisations = generateDemoOrganisations(seed, today, city.accounts);
  const all = [...city.accounts, ...organisations.accounts, ...sut.accounts];
  return (email: string) => all.find((account) => account.email === email)?.id ?? '';
};

describe(generateDemoCounselling.name, () => {
  const sut = demo();
  const idOf = emailId(sut);

  it('is deterministic: the same seed and day give the same rows and ids', () => {
    expect(demo()).toEqual(sut);
    expect(demo(7).caseloads[0]?.id).not.toBe(sut.caseloads[0]?.id);
  });

  it('puts everything before today', () => {
    const instants = [
      ...sut.intakeRequests.flatMap((row) => [row.createdAt, row.routedAt]),
      ...sut.caseloads.flatMap((row) => [row.startedAt, row.endedAt, row.goalReachedAt]),
      ...sut.proposals.flatMap((row) => [row.createdAt, row.answeredAt, row.placedAt]),
      ...sut.proposalEvents.map((row) => row.at),
      ...sut.versions.map((row) => row.createdAt),
      ...sut.bookings.map((row) => row.createdAt),
    ].filter((value): value is string => value !== null);
    expect(instants.length).toBeGreaterThan(100);
    for (const instant of instants) expect(instant.slice(0, 10) < TODAY).toBe(true);
    expect(sut.intakeRequests.every((row) => row.createdAt >= addDays(TODAY, -366))).toBe(true);
  });

  it('never gives a coordinator more than 25 young people at once', () => {
    const starts = sut.caseloads.map((caseload) => caseload.startedAt);
    for (const coordinator of new Set(sut.caseloads.map((caseload) => caseload.coordinatorId))) {
      const mine = sut.caseloads.filter((caseload) => caseload.coordinatorId === coordinator);
      for (const moment of starts) {
        const active = mine.filter(
          (caseload) =>
            caseload.startedAt <= moment &&
            (caseload.endedAt === null || caseload.endedAt > moment),
        );
        expect(active.length).toBeLessThanOrEqual(25);
      }
    }
    expect(new Set(sut.caseloads.map((caseload) => caseload.coordinatorId)).size).toBe(4);
  });

  it('leaves the demo coordinator with ungdom@ as the one young person he follows now, with a plan', () => {
    const veileder = idOf('veileder@demo.akselerator.no');
    const ungdom = idOf('ungdom@demo.akselerator.no');
    expect(
      sut.caseloads.filter((caseload) => caseload.coordinatorId === veileder && !caseload.endedAt),
    ).toEqual([]);
    expect(sut.caseloads.some((caseload) => caseload.youthId === ungdom)).toBe(false);
    expect(sut.followedYouthSince?.youthId).toBe(ungdom);
    const plan = sut.plans.find((candidate) => candidate.youthId === ungdom);
    expect(plan?.createdBy).toBe(veileder);
    const versions = sut.versions.filter((version) => version.planId === plan?.id);
    expect(versions.map((version) => version.version)).toEqual(
      versions.map((_, index) => index + 1),
    );
    expect(versions.at(-1)?.version).toBe(plan?.version);
    expect(
      sut.milestones.filter((milestone) => milestone.planId === plan?.id).length,
    ).toBeGreaterThan(1);
    expect(sut.mappings.some((mapping) => mapping.youthId === ungdom)).toBe(true);
  });

  it('has proposals in every status, each with its events in order, and placements', () => {
    expect(new Set(sut.proposals.map((proposal) => proposal.status))).toEqual(
      new Set(Object.values(ProposalStatus)),
    );
    for (const proposal of sut.proposals) {
      const events = sut.proposalEvents.filter((event) => event.proposalId === proposal.id);
      expect(events[0]?.status).toBe(ProposalStatus.PROPOSED);
      expect(events.at(-1)?.status).toBe(
        proposal.status === ProposalStatus.EMPLOYER_ACCEPTED ||
          proposal.status === ProposalStatus.EMPLOYER_DECLINED ||
          proposal.status === ProposalStatus.PLACED ||
          proposal.status === ProposalStatus.DECLINED ||
          proposal.status === ProposalStatus.WITHDRAWN ||
          proposal.status === ProposalStatus.ACCEPTED
          ? proposal.status
          : ProposalStatus.PROPOSED,
      );
      const times = events.map((event) => event.at);
      expect([...times].sort()).toEqual(times);
    }
    const open = sut.proposals.filter((proposal) =>
      [ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED, ProposalStatus.EMPLOYER_ACCEPTED].includes(
        proposal.status,
      ),
    );
    const keys = open.map((proposal) => `${proposal.youthId}|${proposal.opportunityId}`);
    expect(new Set(keys).size).toBe(keys.length);
    const published = new Set(
      sut.opportunities.filter((o) => o.status === 'PUBLISHED').map((o) => o.id),
    );
    expect(open.every((proposal) => published.has(proposal.opportunityId))).toBe(true);
    const placed = sut.caseloads.filter((caseload) => caseload.goalReachedAt !== null);
    expect(placed.length).toBeGreaterThan(5);
  });

  it('keeps the young people strength-based: no health or diagnosis words anywhere', () => {
    const texts = JSON.stringify([
      sut.mappings,
      sut.plans,
      sut.milestones,
      sut.comments,
      sut.intakeRequests,
    ]);
    expect(texts).not.toMatch(/diagnos|sykdom|medisin|angst|depresj|adhd|autis|psyk/i);
  });

  it('gives pupils (not Karuss 10A) attended hospitering days this school year, seats counted', () => {
    const city = generateDemoCity({
      seed: 2026,
      today: TODAY,
      employerCount: 40,
      opportunityCount: 90,
    });
    const organisations = generateDemoOrganisations(2026, TODAY, city.accounts);
    const karuss10A = new Set(organisations.cohorts[0]?.pupilIds);
    expect(sut.bookings.some((booking) => karuss10A.has(booking.youthId))).toBe(false);
    expect(
      sut.bookings.every((booking) => booking.slotDate >= '2026-08-18' && booking.slotDate < TODAY),
    ).toBe(true);
    const attendedTwice = new Set(
      sut.bookings
        .filter((booking) => booking.status === BookingStatus.ATTENDED)
        .map((booking) => booking.youthId)
        .filter((youth, index, all) => all.indexOf(youth) !== index),
    );
    expect(attendedTwice.size).toBeGreaterThan(5);
    for (const slot of sut.pastSlots) {
      const seats = sut.bookings.filter(
        (booking) => booking.slotId === slot.id && SEAT_HOLDING_STATUSES.includes(booking.status),
      ).length;
      expect(slot.seatsBooked).toBe(seats);
      expect(slot.capacity).toBeGreaterThanOrEqual(seats);
    }
    const perDate = sut.bookings.map((booking) => `${booking.youthId}|${booking.slotDate}`);
    expect(new Set(perDate).size).toBe(perDate.length);
    expect(
      city.employers[0] && sut.opportunities.some((o) => o.employerId === city.employers[0]?.id),
    ).toBe(false);
  });

  it('adds two coordinators and young people who sign in with the demo password', () => {
    expect(
      sut.accounts.filter((account) => account.role === Role.COUNSELLOR).map((a) => a.email),
    ).toEqual(['koordinator.2@demo.akselerator.no', 'koordinator.3@demo.akselerator.no']);
    expect(sut.accounts.filter((account) => account.role === Role.YOUTH)).toHaveLength(64);
    expect(sut.intakeRequests.filter((request) => request.status === 'WAITING')).toHaveLength(3);
  });

  it('gives no past days before the school year has any', () => {
    expect(demo(2026, '2026-08-10').bookings).toEqual([]);
  });
});
