import { isIsoDate, OpportunityKind, Role, type AddressDraft } from '@akselerator/domain';
import { FIRST_NAMES, SURNAMES } from './demo-employer-archetypes';
import {
  generateEmployers,
  programmeOf,
  type DemoEmployer,
  type EmployerDraft,
} from './demo-employers';
import { composeHospiteringTexts } from './demo-hospitering-texts';
import { programmePractice } from './demo-programme-practice';
import { hospiteringDates } from './demo-school-calendar';
import { deterministicUuid, hashToSeed, SeededRandom } from '@akselerator/matching';

export type { DemoEmployer } from './demo-employers';

export interface DemoSlot {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  capacity: number;
}

export interface DemoOpportunity {
  id: string;
  employerId: string;
  kind: OpportunityKind;
  title: string;
  description: string;
  tasks: string;
  practicalInfo: string;
  tradeCode: string;
  programmeCode: string;
  address: AddressDraft;
  slots: DemoSlot[];
}

export interface DemoAccount {
  id: string;
  email: string;
  password: string;
  displayName: string;
  role: Role;
  employerId?: string;
}

export interface DemoCity {
  employers: DemoEmployer[];
  opportunities: DemoOpportunity[];
  accounts: DemoAccount[];
}

export interface DemoCityOptions {
  seed: number;
  /** The date in Oslo (YYYY-MM-DD); every slot falls on a school weekday after it. */
  today: string;
  employerCount?: number;
  opportunityCount?: number;
}

/** The one password of every demo account, printed at start; never used outside the demo. */
export const DEMO_PASSWORD = 'Sommerfugl-2026';

const DEFAULT_EMPLOYER_COUNT = 160;
const DEFAULT_OPPORTUNITY_COUNT = 450;
const CAPACITIES = [1, 1, 2, 2, 2, 3, 3, 4, 5, 6] as const;

/** How many listings each employer gets: one each first, the demo employer a few, the rest by chance. */
function listingCounts(random: SeededRandom, employers: number, opportunities: number): number[] {
  const counts: number[] = Array.from({ length: employers }, (_, index) =>
    index < opportunities ? 1 : 0,
  );
  let left = opportunities - Math.min(employers, opportunities);
  if (employers > 0 && left > 0) {
    const bonus = Math.min(3, left);
    counts[0] = (counts[0] ?? 0) + bonus;
    left -= bonus;
  }
  for (; left > 0 && employers > 0; left--) {
    const index = random.int(0, employers - 1);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/** Distinct dates, more of them in the coming months than late in the school year. */
function slotDates(random: SeededRandom, dates: readonly string[], count: number): string[] {
  const chosen = new Set<string>();
  const wanted = Math.min(count, dates.length);
  while (chosen.size < wanted) {
    const index = Math.floor(dates.length * random.next() ** 1.6);
    const date = dates[index];
    if (date !== undefined) chosen.add(date);
  }
  return [...chosen].sort();
}

function generateOpportunities(
  random: SeededRandom,
  seed: number,
  today: string,
  drafts: readonly EmployerDraft[],
  count: number,
): DemoOpportunity[] {
  const dates = hospiteringDates(today);
  const counts = listingCounts(random, drafts.length, count);
  const opportunities: DemoOpportunity[] = [];
  drafts.forEach((draft, employerIndex) => {
    for (let listing = 0; listing < (counts[employerIndex] ?? 0); listing++) {
      const index = opportunities.length;
      const id = deterministicUuid(seed, 'opportunity', index);
      const tradeCode = random.pick(draft.employer.tradeCodes);
      const programmeCode = programmeOf(tradeCode);
      const [startTime, endTime] = random.pick(programmePractice(programmeCode).hours);
      const slots = slotDates(random, dates, random.int(1, 6)).map((date, slotIndex) => ({
        id: deterministicUuid(seed, `opportunity-${String(index)}-slot`, slotIndex),
        date,
        startTime,
        endTime,
        capacity: random.pick(CAPACITIES),
      }));
      const texts = composeHospiteringTexts(random, {
        employerName: draft.employer.name,
        business: draft.archetype.business,
        employees: draft.employees,
        at: draft.at,
        tradeCode,
        programmeCode,
        startTime,
        endTime,
        contactName: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`,
      });
      opportunities.push({
        id,
        employerId: draft.employer.id,
        kind: OpportunityKind.HOSPITERING,
        ...texts,
        tradeCode,
        programmeCode,
        address: { ...draft.employer.address },
        slots,
      });
    }
  });
  return opportunities;
}

function demoAccounts(seed: number, employers: readonly DemoEmployer[]): DemoAccount[] {
  const employer = employers.at(0);
  const accounts: Omit<DemoAccount, 'id'>[] = [
    ...(employer === undefined
      ? []
      : [
          {
            email: 'arbeidsgiver@demo.akselerator.no',
            password: DEMO_PASSWORD,
            displayName: 'Sissel Tønnessen',
            role: Role.EMPLOYER,
            employerId: employer.id,
          },
        ]),
    {
      email: 'elev@demo.akselerator.no',
      password: DEMO_PASSWORD,
      displayName: 'Emma Salvesen',
      role: Role.YOUTH,
    },
    {
      email: 'veileder@demo.akselerator.no',
      password: DEMO_PASSWORD,
      displayName: 'Ole Abrahamsen',
      role: Role.COUNSELLOR,
    },
    {
      email: 'admin@demo.akselerator.no',
      password: DEMO_PASSWORD,
      displayName: 'Programledelsen',
      role: Role.ADMIN,
    },
  ];
  return accounts.map((account) => ({
    id: deterministicUuid(seed, 'account', hashToSeed(account.email)),
    ...account,
  }));
}

function assertCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
}

/**
 * A whole demo city around Kristiansand: employers in every vocational programme, hospitering
 * listings with school-day slots after `today`, and four sign-ins with a known password.
 * Pure and deterministic: the same options give a deep-equal city with the same ids.
 */
export function generateDemoCity(options: DemoCityOptions): DemoCity {
  const {
    seed,
    today,
    employerCount = DEFAULT_EMPLOYER_COUNT,
    opportunityCount = DEFAULT_OPPORTUNITY_COUNT,
  } = options;
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`seed must be an integer, got ${String(seed)}`);
  }
  if (!isIsoDate(today)) {
    throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got ${today}`);
  }
  assertCount('employerCount', employerCount);
  assertCount('opportunityCount', opportunityCount);

  const random = new SeededRandom(hashToSeed('demo-city', seed));
  const drafts = generateEmployers(random, seed, employerCount);
  const opportunities = generateOpportunities(random, seed, today, drafts, opportunityCount);
  const employers = drafts.map((draft) => draft.employer);
  return { employers, opportunities, accounts: demoAccounts(seed, employers) };
}
