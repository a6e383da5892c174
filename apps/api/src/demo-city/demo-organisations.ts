import {
  addDays,
  CounsellorRole,
  generateClassCode,
  KRISTIANSAND_MUNICIPALITY_CODE,
  Role,
  schoolYearOf,
} from '@akselerator/domain';
import { deterministicUuid, hashToSeed, SeededRandom } from '@akselerator/matching';
import { FIRST_NAMES, SURNAMES } from './demo-employer-archetypes';
import { DEMO_PASSWORD, type DemoAccount } from './demo-city.generator';

/** The class code of Karuss skole's 10A in every demo city: the e2e signs a pupil up with it. */
export const DEMO_CLASS_CODE = 'KARU-SS26';
/** How long the demo class codes work, from the day the city is generated. */
export const DEMO_CLASS_CODE_VALID_DAYS = 365;
const PUPILS_PER_COHORT = 6;

export interface DemoSchool {
  id: string;
  name: string;
  municipalityCode: string;
}

export interface DemoNavOffice {
  id: string;
  name: string;
  municipalityCode: string;
}

export interface DemoCounsellorMembership {
  accountId: string;
  role: CounsellorRole;
  schoolId: string | null;
  navOfficeId: string | null;
}

export interface DemoCohort {
  id: string;
  schoolId: string;
  name: string;
  schoolYear: string;
  /** Canonical form (no hyphen). */
  classCode: string;
  classCodeId: string;
  /** The last day (YYYY-MM-DD) the code works. */
  classCodeExpiresOn: string;
  pupilIds: string[];
}

export interface DemoCaseload {
  youthId: string;
  coordinatorId: string;
  navOfficeId: string;
}

export interface DemoOrganisations {
  schools: DemoSchool[];
  navOffices: DemoNavOffice[];
  /** Counsellors, the office lead and pupils; all with DEMO_PASSWORD. */
  accounts: DemoAccount[];
  counsellorMemberships: DemoCounsellorMembership[];
  cohorts: DemoCohort[];
  caseloads: DemoCaseload[];
}

const SCHOOLS: readonly { name: string; counsellor: { email: string; displayName: string } }[] = [
  {
    name: 'Karuss skole',
    counsellor: { email: 'radgiver@demo.akselerator.no', displayName: 'Hilde Karlsen' },
  },
  {
    name: 'Vågsbygd skole',
    counsellor: { email: 'radgiver.vagsbygd@demo.akselerator.no', displayName: 'Tor Egeland' },
  },
  {
    name: 'Haumyrheia skole',
    counsellor: { email: 'radgiver.haumyrheia@demo.akselerator.no', displayName: 'Marit Fidje' },
  },
];

const COHORT_NAMES = ['10A', '10B'] as const;

const accountId = (seed: number, email: string): string =>
  deterministicUuid(seed, 'account', hashToSeed(email));

function account(seed: number, email: string, displayName: string, role: Role): DemoAccount {
  return { id: accountId(seed, email), email, password: DEMO_PASSWORD, displayName, role };
}

/**
 * Schools with a counsellor and two cohorts each (10A, 10B of the current school year, with class
 * codes and a few pupils; Karuss 10A has the fixed DEMO_CLASS_CODE and the demo pupil), and NAV
 * Kristiansand with the demo counsellor as coordinator, a second coordinator and an office lead.
 * Pure and deterministic: the same seed and day give the same organisations and ids.
 */
export function generateDemoOrganisations(
  seed: number,
  today: string,
  existing: readonly DemoAccount[],
): DemoOrganisations {
  const random = new SeededRandom(hashToSeed('demo-organisations', seed));
  const schoolYear = schoolYearOf(today);
  const expiresOn = addDays(today, DEMO_CLASS_CODE_VALID_DAYS);
  const demoPupil = existing.find((candidate) => candidate.role === Role.YOUTH);
  const demoCounsellor = existing.find((candidate) => candidate.role === Role.COUNSELLOR);

  const accounts: DemoAccount[] = [];
  const counsellorMemberships: DemoCounsellorMembership[] = [];
  const schools: DemoSchool[] = [];
  const cohorts: DemoCohort[] = [];
  const usedCodes = new Set([DEMO_CLASS_CODE.replace('-', '')]);
  const usedEmails = new Set(existing.map((candidate) => candidate.email));

  SCHOOLS.forEach((school, schoolIndex) => {
    const schoolId = deterministicUuid(seed, 'school', schoolIndex);
    schools.push({
      id: schoolId,
      name: school.name,
      municipalityCode: KRISTIANSAND_MUNICIPALITY_CODE,
    });
    const counsellor = account(
      seed,
      school.counsellor.email,
      school.counsellor.displayName,
      Role.COUNSELLOR,
    );
    accounts.push(counsellor);
    counsellorMemberships.push({
      accountId: counsellor.id,
      role: CounsellorRole.SCHOOL_COUNSELLOR,
      schoolId,
      navOfficeId: null,
    });
    COHORT_NAMES.forEach((name, cohortIndex) => {
      const index = schoolIndex * COHORT_NAMES.length + cohortIndex;
      let classCode = index === 0 ? DEMO_CLASS_CODE.replace('-', '') : '';
      while (classCode === '' || (index !== 0 && usedCodes.has(classCode))) {
        classCode = generateClassCode((n) => random.int(0, n - 1));
      }
      usedCodes.add(classCode);
      const pupilIds: string[] = index === 0 && demoPupil ? [demoPupil.id] : [];
      while (pupilIds.length < PUPILS_PER_COHORT) {
        const first = random.pick(FIRST_NAMES);
        const last = random.pick(SURNAMES);
        const email = `elev.${String(index)}.${String(pupilIds.length)}@demo.akselerator.no`;
        if (usedEmails.has(email)) continue;
        usedEmails.add(email);
        const pupil = account(seed, email, `${first} ${last}`, Role.YOUTH);
        accounts.push(pupil);
        pupilIds.push(pupil.id);
      }
      cohorts.push({
        id: deterministicUuid(seed, 'cohort', index),
        schoolId,
        name,
        schoolYear,
        classCode,
        classCodeId: deterministicUuid(seed, 'class-code', index),
        classCodeExpiresOn: expiresOn,
        pupilIds,
      });
    });
  });

  const navOffice: DemoNavOffice = {
    id: deterministicUuid(seed, 'nav-office', 0),
    name: 'NAV Kristiansand',
    municipalityCode: KRISTIANSAND_MUNICIPALITY_CODE,
  };
  const secondCoordinator = account(
    seed,
    'koordinator@demo.akselerator.no',
    'Nora Syvertsen',
    Role.COUNSELLOR,
  );
  const lead = account(seed, 'leder.nav@demo.akselerator.no', 'Geir Stray', Role.COUNSELLOR);
  const outsideSchool = account(
    seed,
    'ungdom@demo.akselerator.no',
    'Jonas Kristoffersen',
    Role.YOUTH,
  );
  accounts.push(secondCoordinator, lead, outsideSchool);
  const coordinatorId = demoCounsellor?.id ?? secondCoordinator.id;
  if (demoCounsellor) {
    counsellorMemberships.push({
      accountId: demoCounsellor.id,
      role: CounsellorRole.COORDINATOR,
      schoolId: null,
      navOfficeId: navOffice.id,
    });
  }
  counsellorMemberships.push(
    {
      accountId: secondCoordinator.id,
      role: CounsellorRole.COORDINATOR,
      schoolId: null,
      navOfficeId: navOffice.id,
    },
    {
      accountId: lead.id,
      role: CounsellorRole.OFFICE_LEAD,
      schoolId: null,
      navOfficeId: navOffice.id,
    },
  );

  return {
    schools,
    navOffices: [navOffice],
    accounts,
    counsellorMemberships,
    cohorts,
    caseloads: [{ youthId: outsideSchool.id, coordinatorId, navOfficeId: navOffice.id }],
  };
}
