import {
  ApplicationParty,
  ApplicationStatus,
  canMoveApplication,
  EMPLOYER_APPLICATION_MOVES,
  isOpenApplication,
  OPEN_APPLICATION_STATUSES,
} from './application-status';

const { RECEIVED, IN_REVIEW, INTERVIEW, OFFERED, ACCEPTED, DECLINED, WITHDRAWN } =
  ApplicationStatus;
const { YOUTH, EMPLOYER } = ApplicationParty;
const ALL = Object.values(ApplicationStatus);

describe(canMoveApplication.name, () => {
  it('lets the employer move forward through the steps, skipping some if they like', () => {
    expect(canMoveApplication(RECEIVED, IN_REVIEW, EMPLOYER)).toBe(true);
    expect(canMoveApplication(IN_REVIEW, INTERVIEW, EMPLOYER)).toBe(true);
    expect(canMoveApplication(INTERVIEW, OFFERED, EMPLOYER)).toBe(true);
    expect(canMoveApplication(RECEIVED, INTERVIEW, EMPLOYER)).toBe(true);
    expect(canMoveApplication(RECEIVED, OFFERED, EMPLOYER)).toBe(true);
  });

  it('never moves backwards or stays put', () => {
    expect(canMoveApplication(INTERVIEW, IN_REVIEW, EMPLOYER)).toBe(false);
    expect(canMoveApplication(OFFERED, INTERVIEW, EMPLOYER)).toBe(false);
    expect(canMoveApplication(IN_REVIEW, RECEIVED, EMPLOYER)).toBe(false);
    for (const status of ALL) {
      for (const party of Object.values(ApplicationParty)) {
        expect(canMoveApplication(status, status, party)).toBe(false);
      }
    }
  });

  it('lets only the youth accept an offer, and only an offer', () => {
    expect(canMoveApplication(OFFERED, ACCEPTED, YOUTH)).toBe(true);
    expect(canMoveApplication(OFFERED, ACCEPTED, EMPLOYER)).toBe(false);
    for (const from of ALL.filter((status) => status !== OFFERED)) {
      expect(canMoveApplication(from, ACCEPTED, YOUTH)).toBe(false);
    }
  });

  it('lets the employer decline and the youth withdraw from every open state, and nothing else', () => {
    for (const from of ALL) {
      const open = OPEN_APPLICATION_STATUSES.includes(from);
      expect(canMoveApplication(from, DECLINED, EMPLOYER)).toBe(open);
      expect(canMoveApplication(from, WITHDRAWN, YOUTH)).toBe(open);
      expect(canMoveApplication(from, DECLINED, YOUTH)).toBe(false);
      expect(canMoveApplication(from, WITHDRAWN, EMPLOYER)).toBe(false);
    }
  });

  it('keeps accepted and declined final, and lets only the youth re-open a withdrawn one', () => {
    for (const to of ALL) {
      for (const party of Object.values(ApplicationParty)) {
        expect(canMoveApplication(ACCEPTED, to, party)).toBe(false);
        expect(canMoveApplication(DECLINED, to, party)).toBe(false);
      }
    }
    expect(canMoveApplication(WITHDRAWN, RECEIVED, YOUTH)).toBe(true);
    expect(canMoveApplication(WITHDRAWN, RECEIVED, EMPLOYER)).toBe(false);
    expect(canMoveApplication(WITHDRAWN, IN_REVIEW, EMPLOYER)).toBe(false);
  });

  it('offers the employer only moves the machine has for some open state', () => {
    for (const to of EMPLOYER_APPLICATION_MOVES) {
      expect(OPEN_APPLICATION_STATUSES.some((from) => canMoveApplication(from, to, EMPLOYER))).toBe(
        true,
      );
    }
    expect(EMPLOYER_APPLICATION_MOVES).not.toContain(ACCEPTED);
    expect(EMPLOYER_APPLICATION_MOVES).not.toContain(WITHDRAWN);
  });
});

describe(isOpenApplication.name, () => {
  it('is open until accepted, declined or withdrawn', () => {
    expect(ALL.filter(isOpenApplication)).toEqual([RECEIVED, IN_REVIEW, INTERVIEW, OFFERED]);
  });
});
