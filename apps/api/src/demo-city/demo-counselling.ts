import {
  addDays,
  addMonths,
  ApplicationSharedField,
  CounsellorRole,
  DEFAULT_CASELOAD_MAX,
  findTrade,
  isIsoDate,
  OpportunityKind,
  placementGoalKind,
  ProposalParty,
  ProposalStatus,
  Role,
  suggestIntakePriority,
  type Adaptation,
  type AddressDraft,
  type GoalKind,
  type IntakeAnswers,
  type IntakePriority,
  type Strength,
} from '@akselerator/domain';
import { deterministicUuid, hashToSeed, SeededRandom } from '@akselerator/matching';
import { DEMO_PASSWORD, type DemoAccount, type DemoCity } from './demo-city.generator';
import { generatePlan, type DemoPlans } from './demo-counselling-plans';
import {
  ADAPTATION_CHOICES,
  EMPLOYER_MESSAGES,
  PLACEMENT_TEMPLATES,
  PROFILE_TEMPLATES,
  PROPOSAL_MESSAGES,
  WHAT_MATTERS,
  type DemoProfileTemplate,
} from './demo-counselling-texts';
import { FIRST_NAMES, SURNAMES } from './demo-employer-archetypes';
import {
  generateHospiteringHistory,
  type DemoPastBooking,
  type DemoPastSlot,
} from './demo-hospitering-history';
import type { DemoCounsellorMembership, DemoOrganisations } from './demo-organisations';

export interface DemoIntakeRequest {
  id: string;
  youthId: string;
  submittedBy: string;
  answers: IntakeAnswers;
  priority: IntakePriority;
  status: 'WAITING' | 'ROUTED';
  navOfficeId: string;
  coordinatorId: string | null;
  createdAt: string;
  routedAt: string | null;
}

export interface DemoCounsellingCaseload {
  id: string;
  youthId: string;
  coordinatorId: string;
  navOfficeId: string;
  startedAt: string;
  startedBy: string;
  endedAt: string | null;
  goalReachedAt: string | null;
  goalKind: GoalKind | null;
}

export interface DemoYouthProfile {
  accountId: string;
  programmeCodes: string[];
  tradeCodes: string[];
  strengths: Strength[];
  adaptationsNeeded: Adaptation[];
  kindsWanted: OpportunityKind[];
  homeMunicipalityCode: string;
  birthDate: string;
  firstContactDate: string;
  lastOfferDate: string | null;
}

export interface DemoStrengthMapping {
  youthId: string;
  interests: string[];
  strengths: Strength[];
  dreams: string;
  workExperience: string;
  adaptations: Adaptation[];
  goals: string;
  updatedAt: string;
  updatedBy: string;
}

export interface DemoPlacementOpportunity {
  id: string;
  employerId: string;
  kind: OpportunityKind;
  status: 'PUBLISHED' | 'CLOSED';
  title: string;
  description: string;
  tasks: string;
  programmeCode: string;
  tradeCode: string;
  address: AddressDraft;
  places: number | null;
  startDate: string | null;
  applicationDeadline: string | null;
  hoursPerWeek: number | null;
  publishedAt: string;
  closedAt: string | null;
}

export interface DemoProposal {
  id: string;
  youthId: string;
  opportunityId: string;
  counsellorId: string;
  message: string;
  status: ProposalStatus;
  declineReason: string | null;
  sharedFields: ApplicationSharedField[];
  sharedSnapshot: Record<string, unknown> | null;
  employerMessage: string | null;
  createdAt: string;
  answeredAt: string | null;
  employerAnsweredAt: string | null;
  placedAt: string | null;
}

export interface DemoProposalEvent {
  proposalId: string;
  status: ProposalStatus;
  actorId: string | null;
  actorRole: ProposalParty;
  at: string;
}

export interface DemoCounselling extends DemoPlans {
  /** New coordinators and the young people outside school (all with DEMO_PASSWORD). */
  accounts: DemoAccount[];
  counsellorMemberships: DemoCounsellorMembership[];
  youthProfiles: DemoYouthProfile[];
  intakeRequests: DemoIntakeRequest[];
  caseloads: DemoCounsellingCaseload[];
  /** When the demo coordinator's existing caseload (ungdom@) started: its intake and plan fit. */
  followedYouthSince: { youthId: string; startedAt: string } | null;
  mappings: DemoStrengthMapping[];
  opportunities: DemoPlacementOpportunity[];
  proposals: DemoProposal[];
  proposalEvents: DemoProposalEvent[];
  pastSlots: DemoPastSlot[];
  bookings: DemoPastBooking[];
}

export interface DemoCounsellingOptions {
  seed: number;
  /** The date in Oslo (YYYY-MM-DD); everything generated happened before it. */
  today: string;
  city: DemoCity;
  organisations: DemoOrganisations;
  youthCount?: number;
}

const DEFAULT_YOUTH_COUNT = 64;
/** The newest requests wait in the office lead's queue. */
const WAITING_REQUESTS = 3;
const EXTRA_COORDINATORS = [
  { email: 'koordinator.2@demo.akselerator.no', displayName: 'Amir Haddad' },
  { email: 'koordinator.3@demo.akselerator.no', displayName: 'Line Mykland' },
] as const;
const SHARED: ApplicationSharedField[] = [
  ApplicationSharedField.NAME,
  ApplicationSharedField.AGE,
  ApplicationSharedField.INTERESTS,
  ApplicationSharedField.STRENGTHS,
];
const ENDED_NO_GOAL = ProposalStatus.DECLINED;
const OPEN: readonly ProposalStatus[] = [
  ProposalStatus.PROPOSED,
  ProposalStatus.ACCEPTED,
  ProposalStatus.EMPLOYER_ACCEPTED,
];

const at = (date: string, hour: number, minute = 0) =>
  `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;
const accountId = (seed: number, email: string) =>
  deterministicUuid(seed, 'account', hashToSeed(email));

function intakeAnswers(random: SeededRandom, template: DemoProfileTemplate): IntakeAnswers {
  const help =
    template.goal === 'APPRENTICESHIP'
      ? 'APPRENTICESHIP'
      : template.goal === 'SCHOOL'
        ? 'SCHOOL'
        : template.goal === 'ACTIVITY'
          ? 'TRY_A_WORKPLACE'
          : 'FIND_JOB';
  return {
    followUpNeed: random.pick(['CLOSE', 'SOME', 'UNSURE']),
    timeOutside: random.pick([
      'UNDER_3_MONTHS',
      'MONTHS_3_TO_12',
      'MONTHS_3_TO_12',
      'OVER_12_MONTHS',
    ]),
    helpWanted: random.chance(0.5) ? [help, 'CV_AND_APPLICATIONS'] : [help],
    currentSituation: random.pick(['NO_ACTIVITY', 'PART_TIME_WORK', 'COURSE_OR_ACTIVITY', 'OTHER']),
    whatMatters: random.pick(WHAT_MATTERS),
  };
}

/** Published and closed places of every kind at demo employers (never the demo employer's own). */
function placementOpportunities(
  random: SeededRandom,
  seed: number,
  today: string,
  city: DemoCity,
): DemoPlacementOpportunity[] {
  const employers = city.employers.slice(1);
  const opportunities: DemoPlacementOpportunity[] = [];
  for (const status of ['PUBLISHED', 'CLOSED'] as const) {
    for (const template of PLACEMENT_TEMPLATES) {
      const trade = findTrade(template.tradeCode);
      const fitting = employers.filter((employer) =>
        employer.tradeCodes.includes(template.tradeCode),
      );
      const employer = random.pick(fitting.length > 0 ? fitting : employers);
      const open = status === 'PUBLISHED';
      const apprenticeship = template.kind === OpportunityKind.APPRENTICESHIP;
      opportunities.push({
        id: deterministicUuid(seed, 'demo-placement-opportunity', opportunities.length),
        employerId: employer.id,
        kind: template.kind,
        status,
        title: template.title,
        description: template.description,
        tasks: template.tasks,
        programmeCode: trade?.programmeCode ?? '',
        tradeCode: template.tradeCode,
        address: { ...employer.address },
        places: apprenticeship ? 2 : null,
        startDate: apprenticeship ? addDays(today, open ? 240 : -30) : null,
        applicationDeadline: apprenticeship && open ? addDays(today, 90) : null,
        hoursPerWeek: apprenticeship ? null : template.kind === OpportunityKind.SIMPLE_JOB ? 8 : 20,
        publishedAt: at(addDays(today, open ? -40 : -360), 8),
        closedAt: open ? null : at(addDays(today, -20), 8),
      });
    }
  }
  return opportunities;
}

interface Timeline {
  youthId: string;
  template: DemoProfileTemplate;
  contact: string;
  routed: string;
  proposals: {
    date: string;
    status: ProposalStatus;
    sameTrade: boolean;
    answered: string | null;
    employerAnswered: string | null;
    placed: string | null;
  }[];
  goal: { date: string; kind: GoalKind } | null;
  ended: string | null;
}

/** What happens to one young person after first contact, up to yesterday. */
function timeline(
  random: SeededRandom,
  youthId: string,
  template: DemoProfileTemplate,
  contact: string,
  yesterday: string,
  /** For the newest young people: 0 or 1 (a proposal this week, unanswered or just accepted). */
  fresh: number | null,
): Timeline {
  const routed = [addDays(contact, random.int(0, 3)), yesterday].sort()[0] ?? contact;
  const result: Timeline = {
    youthId,
    template,
    contact,
    routed,
    proposals: [],
    goal: null,
    ended: null,
  };
  // Most get a first offer within 8 weeks; some wait longer (they are on the 8-week list).
  let next = addDays(routed, random.chance(0.8) ? random.int(7, 50) : random.int(60, 110));
  const placing = template.goal !== 'SCHOOL' && random.chance(0.6);
  for (let number = 0; number < 3 && next <= yesterday; number++) {
    const last = number === 2 || random.chance(0.45);
    const date = next;
    const age = Math.round((Date.parse(yesterday) - Date.parse(date)) / 86_400_000);
    const answered = addDays(date, random.int(1, 4));
    const employerAnswered = addDays(answered, random.int(2, 8));
    const placed = addDays(employerAnswered, random.int(7, 30));
    let status: ProposalStatus;
    if (!last) {
      status = random.pick([
        ENDED_NO_GOAL,
        ProposalStatus.EMPLOYER_DECLINED,
        ProposalStatus.WITHDRAWN,
      ]);
    } else if (answered > yesterday || age < 6) {
      status = ProposalStatus.PROPOSED;
    } else if (employerAnswered > yesterday) {
      status = ProposalStatus.ACCEPTED;
    } else if (placing && placed <= yesterday) {
      status = ProposalStatus.PLACED;
    } else if (placing) {
      // The employer said yes; the start date is still ahead.
      status = ProposalStatus.EMPLOYER_ACCEPTED;
    } else if (age < 30) {
      status = random.pick([ProposalStatus.EMPLOYER_ACCEPTED, ProposalStatus.ACCEPTED]);
    } else {
      status = random.pick([
        ENDED_NO_GOAL,
        ProposalStatus.EMPLOYER_DECLINED,
        ProposalStatus.WITHDRAWN,
      ]);
    }
    result.proposals.push({
      date,
      status,
      sameTrade: last,
      answered:
        status === ProposalStatus.PROPOSED || status === ProposalStatus.WITHDRAWN ? null : answered,
      employerAnswered: [
        ProposalStatus.EMPLOYER_ACCEPTED,
        ProposalStatus.EMPLOYER_DECLINED,
        ProposalStatus.PLACED,
      ].includes(status)
        ? employerAnswered
        : null,
      placed: status === ProposalStatus.PLACED ? placed : null,
    });
    if (status === ProposalStatus.PLACED) result.goal = { date: placed, kind: 'JOB' };
    if (last) break;
    next = addDays(date, random.int(12, 40));
  }
  // The newest young people have a proposal from this week that waits for their answer.
  const latest = result.proposals.at(-1);
  if (fresh !== null && (!latest || !OPEN.includes(latest.status)) && result.goal === null) {
    result.proposals.push({
      date: [addDays(yesterday, -2), routed].sort().at(-1) ?? yesterday,
      status: fresh === 1 ? ProposalStatus.ACCEPTED : ProposalStatus.PROPOSED,
      sameTrade: true,
      answered: fresh === 1 ? yesterday : null,
      employerAnswered: null,
      placed: null,
    });
  }
  if (template.goal === 'SCHOOL') {
    const date = addDays(routed, random.int(60, 160));
    if (date <= yesterday) result.goal = { date, kind: 'SCHOOL' };
  }
  if (result.goal) {
    const end = addMonths(result.goal.date, 6);
    result.ended = end <= yesterday ? end : null;
  }
  return result;
}

/**
 * The counselling side of the demo city (issue 8): young people outside school who came through
 * "one door in" over the last 12 months, routed to NAV Kristiansand's coordinators (never more
 * than 25 each at any time), their strength-based mappings and plans, proposals in every status
 * with their events, placements and follow-up, and hospitering days already attended by pupils.
 * The demo coordinator keeps ungdom@ as the one young person he follows now (his earlier ones
 * have ended), with a plan. Pure and deterministic: the same options give the same rows and ids.
 */
export function generateDemoCounselling(options: DemoCounsellingOptions): DemoCounselling {
  const { seed, today, city, organisations, youthCount = DEFAULT_YOUTH_COUNT } = options;
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got ${today}`);
  const random = new SeededRandom(hashToSeed('demo-counselling', seed));
  const yesterday = addDays(today, -1);
  const office = organisations.navOffices[0];
  const demoCoordinator = city.accounts.find((account) => account.role === Role.COUNSELLOR);
  const followed = organisations.caseloads[0];
  const lead = organisations.counsellorMemberships.find(
    (membership) => membership.role === CounsellorRole.OFFICE_LEAD,
  );
  const coordinators = organisations.counsellorMemberships
    .filter((membership) => membership.role === CounsellorRole.COORDINATOR)
    .map((membership) => membership.accountId);

  const result: DemoCounselling = {
    accounts: [],
    counsellorMemberships: [],
    youthProfiles: [],
    intakeRequests: [],
    caseloads: [],
    followedYouthSince: null,
    mappings: [],
    plans: [],
    milestones: [],
    versions: [],
    comments: [],
    opportunities: placementOpportunities(random, seed, today, city),
    proposals: [],
    proposalEvents: [],
    pastSlots: [],
    bookings: [],
  };
  const history = generateHospiteringHistory(
    new SeededRandom(hashToSeed('demo-hospitering-history', seed)),
    seed,
    today,
    organisations.cohorts,
    city.opportunities.filter((listing) => listing.employerId !== city.employers[0]?.id),
  );
  result.pastSlots = history.slots;
  result.bookings = history.bookings;
  if (!office || !demoCoordinator) return result;

  for (const extra of EXTRA_COORDINATORS) {
    const id = accountId(seed, extra.email);
    result.accounts.push({
      id,
      email: extra.email,
      password: DEMO_PASSWORD,
      displayName: extra.displayName,
      role: Role.COUNSELLOR,
    });
    result.counsellorMemberships.push({
      accountId: id,
      role: CounsellorRole.COORDINATOR,
      schoolId: null,
      navOfficeId: office.id,
    });
    coordinators.push(id);
  }
  const leadId = lead?.accountId ?? demoCoordinator.id;

  // Young people and what happened to them, oldest first contact first.
  const contacts = Array.from({ length: youthCount }, () =>
    addDays(today, -random.int(2, 355)),
  ).sort();
  const timelines = contacts.map((contact, index) => {
    const email = `ung.${String(index)}@demo.akselerator.no`;
    const youthId = accountId(seed, email);
    result.accounts.push({
      id: youthId,
      email,
      password: DEMO_PASSWORD,
      displayName: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`,
      role: Role.YOUTH,
    });
    const fromEnd = youthCount - WAITING_REQUESTS - index;
    const fresh = fromEnd >= 1 && fromEnd <= 4 ? fromEnd % 2 : null;
    return timeline(random, youthId, random.pick(PROFILE_TEMPLATES), contact, yesterday, fresh);
  });

  // Routing by capacity: the coordinator with the fewest active young people that day, below 25.
  // The demo coordinator takes only those whose follow-up has ended: he follows ungdom@ alone now.
  const intervals = new Map<string, { start: string; end: string | null }[]>(
    coordinators.map((id) => [id, []]),
  );
  const followedStart = addDays(today, -100);
  if (followed) intervals.get(followed.coordinatorId)?.push({ start: followedStart, end: null });
  const activeOn = (id: string, date: string) =>
    (intervals.get(id) ?? []).filter(
      (interval) => interval.start <= date && (interval.end === null || interval.end > date),
    ).length;

  timelines.forEach((line, index) => {
    const template = line.template;
    const waiting = index >= timelines.length - WAITING_REQUESTS;
    const candidates = coordinators.filter(
      (id) =>
        (id !== demoCoordinator.id || line.ended !== null) &&
        activeOn(id, line.routed) < DEFAULT_CASELOAD_MAX,
    );
    const coordinatorId = waiting
      ? undefined
      : [...candidates].sort((a, b) => activeOn(a, line.routed) - activeOn(b, line.routed))[0];
    const answers = intakeAnswers(random, template);
    result.intakeRequests.push({
      id: deterministicUuid(seed, 'demo-intake', index),
      youthId: line.youthId,
      submittedBy: line.youthId,
      answers,
      priority: suggestIntakePriority(answers),
      status: coordinatorId ? 'ROUTED' : 'WAITING',
      navOfficeId: office.id,
      coordinatorId: coordinatorId ?? null,
      createdAt: at(line.contact, random.int(7, 15), random.int(0, 59)),
      routedAt: coordinatorId ? at(line.routed, 16) : null,
    });
    const trade = findTrade(template.tradeCodes[0] ?? '');
    const adaptations = [...random.pick(ADAPTATION_CHOICES)];
    const lastOffer = coordinatorId ? (line.proposals.at(-1)?.date ?? null) : null;
    result.youthProfiles.push({
      accountId: line.youthId,
      programmeCodes: trade ? [trade.programmeCode] : [],
      tradeCodes: [...template.tradeCodes],
      strengths: [...template.strengths],
      adaptationsNeeded: adaptations,
      kindsWanted: [],
      homeMunicipalityCode: '4204',
      birthDate: addDays(today, -random.int(17 * 365, 27 * 365)),
      firstContactDate: line.contact,
      lastOfferDate: lastOffer,
    });
    if (!coordinatorId) return;
    intervals.get(coordinatorId)?.push({ start: line.routed, end: line.ended });
    result.caseloads.push({
      id: deterministicUuid(seed, 'demo-caseload', index),
      youthId: line.youthId,
      coordinatorId,
      navOfficeId: office.id,
      startedAt: at(line.routed, 16),
      startedBy: leadId,
      endedAt: line.ended ? at(line.ended, 9) : null,
      goalReachedAt: line.goal ? at(line.goal.date, 11) : null,
      goalKind: line.goal?.kind ?? null,
    });
    const mapped = addDays(line.routed, random.int(3, 14));
    if (mapped <= yesterday && random.chance(0.85)) {
      result.mappings.push({
        youthId: line.youthId,
        interests: [...template.interests],
        strengths: [...template.strengths],
        dreams: template.dreams,
        workExperience: template.workExperience,
        adaptations,
        goals: template.goals,
        updatedAt: at(mapped, 12),
        updatedBy: coordinatorId,
      });
    }
    const planStart = addDays(line.routed, random.int(7, 14));
    if (planStart <= yesterday && random.chance(0.7)) {
      generatePlan(random, seed, index, result, {
        youthId: line.youthId,
        coordinatorId,
        template,
        startsOn: planStart,
        yesterday,
      });
    }
    line.proposals.forEach((proposal, number) => {
      const candidates = result.opportunities.filter(
        (opportunity) =>
          (opportunity.tradeCode === template.tradeCodes[0]) === proposal.sameTrade &&
          (proposal.status === ProposalStatus.PLACED
            ? opportunity.status === 'CLOSED'
            : opportunity.status === 'PUBLISHED'),
      );
      const opportunity = random.pick(candidates.length > 0 ? candidates : result.opportunities);
      const id = deterministicUuid(seed, `demo-proposal-${String(index)}`, number);
      const agreed = proposal.answered !== null && proposal.status !== ProposalStatus.DECLINED;
      const displayName = result.accounts.find(
        (account) => account.id === line.youthId,
      )?.displayName;
      result.proposals.push({
        id,
        youthId: line.youthId,
        opportunityId: opportunity.id,
        counsellorId: coordinatorId,
        message: PROPOSAL_MESSAGES[number % PROPOSAL_MESSAGES.length] ?? '',
        status: proposal.status,
        declineReason:
          proposal.status === ProposalStatus.DECLINED
            ? random.pick(['NOT_MY_TRADE', 'HOURS_DO_NOT_FIT', 'NOT_READY_YET'])
            : null,
        sharedFields: agreed ? SHARED : [],
        sharedSnapshot: agreed
          ? {
              name: displayName,
              programmeCodes: trade ? [trade.programmeCode] : [],
              tradeCodes: [...template.tradeCodes],
              strengths: [...template.strengths],
            }
          : null,
        employerMessage: proposal.employerAnswered ? random.pick(EMPLOYER_MESSAGES) : null,
        createdAt: at(proposal.date, 9, 30),
        answeredAt: proposal.answered ? at(proposal.answered, 18) : null,
        employerAnsweredAt: proposal.employerAnswered ? at(proposal.employerAnswered, 10) : null,
        placedAt: proposal.placed ? at(proposal.placed, 11) : null,
      });
      const event = (
        status: ProposalStatus,
        actorRole: ProposalParty,
        when: string,
        actorId: string | null,
      ) => result.proposalEvents.push({ proposalId: id, status, actorId, actorRole, at: when });
      event(
        ProposalStatus.PROPOSED,
        ProposalParty.COUNSELLOR,
        at(proposal.date, 9, 30),
        coordinatorId,
      );
      if (proposal.status === ProposalStatus.WITHDRAWN) {
        event(
          proposal.status,
          ProposalParty.COUNSELLOR,
          at(addDays(proposal.date, 5), 12),
          coordinatorId,
        );
      }
      if (proposal.answered) {
        const accepted = proposal.status !== ProposalStatus.DECLINED;
        event(
          accepted ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED,
          ProposalParty.YOUTH,
          at(proposal.answered, 18),
          line.youthId,
        );
      }
      if (proposal.employerAnswered) {
        const declined = proposal.status === ProposalStatus.EMPLOYER_DECLINED;
        event(
          declined ? ProposalStatus.EMPLOYER_DECLINED : ProposalStatus.EMPLOYER_ACCEPTED,
          ProposalParty.EMPLOYER,
          at(proposal.employerAnswered, 10),
          null,
        );
      }
      if (proposal.placed) {
        event(
          ProposalStatus.PLACED,
          ProposalParty.COUNSELLOR,
          at(proposal.placed, 11),
          coordinatorId,
        );
      }
    });
    const placedProposal = result.proposals.find(
      (proposal) => proposal.youthId === line.youthId && proposal.status === ProposalStatus.PLACED,
    );
    const caseload = result.caseloads.at(-1);
    if (placedProposal && caseload) {
      const kind = result.opportunities.find(
        (opportunity) => opportunity.id === placedProposal.opportunityId,
      )?.kind;
      if (kind) caseload.goalKind = placementGoalKind(kind);
    }
  });

  // ungdom@: followed by the demo coordinator for 100 days, through an intake, with a plan.
  if (followed) {
    const template = PROFILE_TEMPLATES[0] as DemoProfileTemplate;
    const answers: IntakeAnswers = {
      followUpNeed: 'CLOSE',
      timeOutside: 'MONTHS_3_TO_12',
      helpWanted: ['APPRENTICESHIP', 'CV_AND_APPLICATIONS'],
      currentSituation: 'PART_TIME_WORK',
      whatMatters: 'Å ha én person å forholde meg til.',
    };
    result.followedYouthSince = { youthId: followed.youthId, startedAt: at(followedStart, 16) };
    result.intakeRequests.push({
      id: deterministicUuid(seed, 'demo-intake', youthCount),
      youthId: followed.youthId,
      submittedBy: followed.youthId,
      answers,
      priority: suggestIntakePriority(answers),
      status: 'ROUTED',
      navOfficeId: office.id,
      coordinatorId: followed.coordinatorId,
      createdAt: at(addDays(followedStart, -2), 10),
      routedAt: at(followedStart, 16),
    });
    result.mappings.push({
      youthId: followed.youthId,
      interests: [...template.interests],
      strengths: [...template.strengths],
      dreams: template.dreams,
      workExperience: template.workExperience,
      adaptations: [],
      goals: template.goals,
      updatedAt: at(addDays(followedStart, 6), 12),
      updatedBy: followed.coordinatorId,
    });
    generatePlan(random, seed, youthCount, result, {
      youthId: followed.youthId,
      coordinatorId: followed.coordinatorId,
      template,
      startsOn: addDays(followedStart, 10),
      yesterday,
    });
  }
  return result;
}
