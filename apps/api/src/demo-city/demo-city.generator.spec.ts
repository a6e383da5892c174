import {
  AGDER_MUNICIPALITIES,
  checkPassword,
  distanceKm,
  findMunicipality,
  findTrade,
  isoWeekday,
  isValidOrganisationNumber,
  OpportunityKind,
  PROGRAMMES,
  Role,
  validateHospiteringDraft,
  validateSignUpDraft,
  type HospiteringDraft,
} from '@akselerator/domain';
import {
  DEMO_PASSWORD,
  generateDemoCity,
  type DemoCity,
  type DemoOpportunity,
} from './demo-city.generator';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const today = '2026-09-03';
const kristiansand = { latitude: 58.1467, longitude: 7.9956 };

function asDraft(opportunity: DemoOpportunity): HospiteringDraft {
  const { title, description, tasks, practicalInfo, tradeCode, address, slots } = opportunity;
  return {
    title,
    description,
    tasks,
    practicalInfo,
    tradeCode,
    address,
    slots: slots.map(({ date, startTime, endTime, capacity }) => ({
      date,
      startTime,
      endTime,
      capacity,
    })),
  };
}

describe(generateDemoCity.name, () => {
  let sut: DemoCity;

  beforeAll(() => {
    sut = generateDemoCity({ seed: 2026, today });
  });

  it('makes 160 employers and 450 hospitering listings by default', () => {
    expect(sut.employers).toHaveLength(160);
    expect(sut.opportunities).toHaveLength(450);
    expect(sut.opportunities.every((item) => item.kind === OpportunityKind.HOSPITERING)).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoCity({ seed: 2026, today })).toEqual(sut);
    const other = generateDemoCity({ seed: 7, today });
    expect(other.employers.map((item) => item.id)).not.toEqual(
      sut.employers.map((item) => item.id),
    );
    expect(other.opportunities.map((item) => item.title)).not.toEqual(
      sut.opportunities.map((item) => item.title),
    );
  });

  it('keeps the fixed employers and the ids of earlier employers when the city grows', () => {
    const small = generateDemoCity({ seed: 2026, today, employerCount: 20, opportunityCount: 30 });
    expect(small.employers.map((item) => item.id)).toEqual(
      sut.employers.slice(0, 20).map((item) => item.id),
    );
    expect(small.employers[0]?.name).toBe('Sørlandet Rør AS');
  });

  it('gives everything a unique UUID', () => {
    const ids = [
      ...sut.employers.map((item) => item.id),
      ...sut.opportunities.map((item) => item.id),
      ...sut.opportunities.flatMap((item) => item.slots.map((slot) => slot.id)),
      ...sut.accounts.map((item) => item.id),
    ];
    for (const id of ids) {
      expect(id).toMatch(UUID_V4);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every employer a unique name and a valid, unique organisation number', () => {
    expect(new Set(sut.employers.map((item) => item.name)).size).toBe(sut.employers.length);
    const numbers = sut.employers.map((item) => item.organisationNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const employer of sut.employers) {
      expect(isValidOrganisationNumber(employer.organisationNumber)).toBe(true);
      expect(employer.name).not.toMatch(/[{}]|undefined/);
      expect(employer.tradeCodes.length).toBeGreaterThan(0);
      expect(employer.tradeCodes.every((code) => findTrade(code) !== undefined)).toBe(true);
    }
  });

  it('covers the trades of all ten programmes', () => {
    const programmesOf = (codes: readonly string[]) =>
      new Set(codes.map((code) => findTrade(code)?.programmeCode));
    const all = PROGRAMMES.map((item) => item.code).sort();
    expect([...programmesOf(sut.employers.flatMap((item) => item.tradeCodes))].sort()).toEqual(all);
    expect([...programmesOf(sut.opportunities.map((item) => item.tradeCode))].sort()).toEqual(all);
    expect(new Set(sut.opportunities.map((item) => item.tradeCode)).size).toBeGreaterThan(50);
  });

  it('covers all ten programmes even in a small city', () => {
    const small = generateDemoCity({ seed: 1, today, employerCount: 18, opportunityCount: 18 });
    const programmes = new Set(small.opportunities.map((item) => item.programmeCode));
    expect(programmes.size).toBe(10);
  });

  it('places most employers in Kristiansand and some in Vennesla, Lillesand and Birkenes', () => {
    const byMunicipality = new Map<string, number>();
    for (const { address } of sut.employers) {
      byMunicipality.set(
        address.municipalityCode,
        (byMunicipality.get(address.municipalityCode) ?? 0) + 1,
      );
      expect(distanceKm(address, kristiansand)).toBeLessThan(30);
      expect(address.postalCode).toMatch(/^4[67]\d\d$/);
    }
    expect(byMunicipality.get('4204') ?? 0).toBeGreaterThan(sut.employers.length * 0.7);
    for (const code of ['4223', '4215', '4216']) {
      expect(byMunicipality.get(code) ?? 0).toBeGreaterThan(0);
    }
    expect([...byMunicipality.keys()].every((code) => findMunicipality(code) !== undefined)).toBe(
      true,
    );
    expect(AGDER_MUNICIPALITIES.length).toBe(25);
  });

  it('makes every listing pass the hospitering validation', () => {
    for (const opportunity of sut.opportunities) {
      expect({
        id: opportunity.id,
        errors: validateHospiteringDraft(asDraft(opportunity), today),
      }).toEqual({
        id: opportunity.id,
        errors: [],
      });
    }
  });

  it('ties every listing to its employer, one of its trades and its address', () => {
    const employers = new Map(sut.employers.map((item) => [item.id, item]));
    for (const opportunity of sut.opportunities) {
      const employer = employers.get(opportunity.employerId);
      expect(employer?.tradeCodes).toContain(opportunity.tradeCode);
      expect(opportunity.programmeCode).toBe(findTrade(opportunity.tradeCode)?.programmeCode);
      expect(opportunity.address).toEqual(employer?.address);
    }
    expect(new Set(sut.opportunities.map((item) => item.employerId)).size).toBe(
      sut.employers.length,
    );
  });

  it('writes Norwegian texts without leftover placeholders', () => {
    for (const { title, description, tasks, practicalInfo } of sut.opportunities) {
      for (const text of [title, description, tasks, practicalInfo]) {
        expect(text).not.toMatch(/[{}]|undefined|NaN/);
      }
      expect(tasks).toMatch(/^Dette skal du gjøre/);
      expect(practicalInfo).toMatch(/^Oppmøte /);
      expect(practicalInfo).toContain('Klær:');
    }
    expect(new Set(sut.opportunities.map((item) => item.title)).size).toBeGreaterThan(200);
  });

  it('puts 1 to 6 slots on distinct school weekdays after today, never in July', () => {
    for (const { slots } of sut.opportunities) {
      expect(slots.length).toBeGreaterThanOrEqual(1);
      expect(slots.length).toBeLessThanOrEqual(6);
      expect(new Set(slots.map((slot) => slot.date)).size).toBe(slots.length);
      for (const slot of slots) {
        expect(slot.date > today).toBe(true);
        expect(slot.date <= '2027-06-30').toBe(true);
        expect(isoWeekday(slot.date)).toBeLessThanOrEqual(5);
        expect(slot.date.slice(5, 7)).not.toBe('07');
        expect(slot.capacity).toBeGreaterThanOrEqual(1);
        expect(slot.capacity).toBeLessThanOrEqual(6);
        expect(
          slot.startTime >= '07:00' && slot.endTime <= '15:30' && slot.startTime < slot.endTime,
        ).toBe(true);
      }
    }
  });

  it('offers dates all through the school year', () => {
    const months = new Set(
      sut.opportunities.flatMap((item) => item.slots.map((slot) => slot.date.slice(0, 7))),
    );
    expect(months.size).toBeGreaterThanOrEqual(9);
  });

  it('creates the four demo sign-ins with one readable password', () => {
    expect(sut.accounts.map(({ email, role }) => [email, role])).toEqual([
      ['arbeidsgiver@demo.akselerator.no', Role.EMPLOYER],
      ['elev@demo.akselerator.no', Role.YOUTH],
      ['veileder@demo.akselerator.no', Role.COUNSELLOR],
      ['admin@demo.akselerator.no', Role.ADMIN],
    ]);
    expect(sut.accounts.every((account) => account.password === DEMO_PASSWORD)).toBe(true);
    expect(checkPassword(DEMO_PASSWORD)).toBeUndefined();
  });

  it('binds the employer sign-in to an employer with listings, and the sign-ins pass sign-up validation', () => {
    const employerAccount = sut.accounts.at(0);
    const youthAccount = sut.accounts.at(1);
    const employer = sut.employers.find((item) => item.id === employerAccount?.employerId);
    expect(employer?.name).toBe('Sørlandet Rør AS');
    expect(
      sut.opportunities.filter((item) => item.employerId === employer?.id).length,
    ).toBeGreaterThanOrEqual(3);
    expect(sut.accounts.filter((account) => account.employerId !== undefined)).toHaveLength(1);
    if (employerAccount === undefined || youthAccount === undefined || employer === undefined) {
      throw new Error('missing demo account');
    }
    const { name, organisationNumber } = employer;
    expect(
      validateSignUpDraft({ ...employerAccount, employer: { name, organisationNumber } }),
    ).toEqual([]);
    expect(validateSignUpDraft(youthAccount)).toEqual([]);
  });

  it('handles tiny and empty cities', () => {
    const tiny = generateDemoCity({ seed: 3, today, employerCount: 3, opportunityCount: 2 });
    expect(tiny.employers).toHaveLength(3);
    expect(tiny.opportunities).toHaveLength(2);
    const empty = generateDemoCity({ seed: 3, today, employerCount: 0, opportunityCount: 0 });
    expect(empty.employers).toEqual([]);
    expect(empty.accounts.map((account) => account.role)).toEqual([
      Role.YOUTH,
      Role.COUNSELLOR,
      Role.ADMIN,
    ]);
  });

  it('refuses options that make no sense', () => {
    expect(() => generateDemoCity({ seed: 1.5, today })).toThrow(RangeError);
    expect(() => generateDemoCity({ seed: 1, today: '03.09.2026' })).toThrow(RangeError);
    expect(() => generateDemoCity({ seed: 1, today, employerCount: -1 })).toThrow(RangeError);
    expect(() => generateDemoCity({ seed: 1, today, opportunityCount: 2.5 })).toThrow(RangeError);
  });

  it('generates the default city well under a second', () => {
    const start = performance.now();
    generateDemoCity({ seed: 99, today: '2027-01-10' });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('works from any day of the year, including the summer holiday', () => {
    for (const day of ['2026-06-25', '2026-07-15', '2026-12-23']) {
      const city = generateDemoCity({
        seed: 5,
        today: day,
        employerCount: 30,
        opportunityCount: 60,
      });
      for (const opportunity of city.opportunities) {
        expect(validateHospiteringDraft(asDraft(opportunity), day)).toEqual([]);
      }
    }
  });
});
