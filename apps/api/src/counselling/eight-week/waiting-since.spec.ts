import fc from 'fast-check';
import { isPastEightWeeks, waitingSince, type WaitingFacts } from './waiting-since';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const TODAY = '2026-11-29';
const base: WaitingFacts = {
  firstCaseload: at('2026-09-01'),
  firstIntake: null,
  lastProposal: null,
  lastApplicationOffer: null,
};

describe(waitingSince.name, () => {
  it('counts from the caseload start without an offer, and 56 days is 8 weeks', () => {
    const sut = waitingSince({ ...base, firstCaseload: at('2026-10-04') }, TODAY);
    expect(sut).toMatchObject({ days: 56, lastOfferKind: null });
    expect(isPastEightWeeks(sut)).toBe(true);
    expect(
      isPastEightWeeks(waitingSince({ ...base, firstCaseload: at('2026-10-05') }, TODAY)),
    ).toBe(false);
  });

  it('starts at an earlier intake request', () => {
    expect(waitingSince({ ...base, firstIntake: at('2026-08-01') }, TODAY).since).toEqual(
      at('2026-08-01'),
    );
    expect(waitingSince({ ...base, firstIntake: at('2026-10-01') }, TODAY).since).toEqual(
      base.firstCaseload,
    );
  });

  it('restarts at the latest offer of either kind', () => {
    const sut = waitingSince(
      { ...base, lastProposal: at('2026-10-01'), lastApplicationOffer: at('2026-11-01') },
      TODAY,
    );
    expect(sut).toEqual({ since: at('2026-11-01'), days: 28, lastOfferKind: 'APPLICATION_OFFER' });
    expect(waitingSince({ ...base, lastProposal: at('2026-11-20') }, TODAY).lastOfferKind).toBe(
      'PROPOSAL',
    );
  });

  it('never counts a negative wait, and without an offer counts from first contact', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(at(TODAY).getTime() - n * 86_400_000));
    fc.assert(
      fc.property(
        day,
        fc.option(day),
        fc.option(day),
        fc.option(day),
        (first, intake, proposal, offer) => {
          const facts = {
            firstCaseload: first,
            firstIntake: intake,
            lastProposal: proposal,
            lastApplicationOffer: offer,
          };
          const sut = waitingSince(facts, TODAY);
          const fromContact = waitingSince(
            { ...facts, lastProposal: null, lastApplicationOffer: null },
            TODAY,
          );
          expect(sut.days).toBeGreaterThanOrEqual(0);
          if (sut.lastOfferKind === null) expect(sut).toEqual(fromContact);
        },
      ),
    );
  });
});
