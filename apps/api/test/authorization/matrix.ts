import { daysFromToday, hospiteringInput } from '../operations';
import {
  ACTORS,
  COORDINATORS,
  EMPLOYER_E1,
  EMPLOYERS,
  ORGANISATION_MEMBERS,
  SCHOOL_COUNSELLORS,
  SIGNED_IN,
  YOUTHS,
  type ActorName,
} from './actors';
import { apprenticeshipInput, must, PASSWORD, type World } from './world';

export interface CaseContext {
  world: World;
  actor: ActorName;
  /** An actor's account id. */
  id: (actor: ActorName) => string;
}

type Variables = Record<string, unknown>;

/**
 * One row of the matrix: a document, its variables per actor, and who gets the data.
 *
 * - **allowed**: no error (or only one of `tolerate`, for deliberately spent inputs) and something
 *   at `path` (not null, not an empty list).
 * - **denied**: an error whose `extensions.code` is a refusal (UNAUTHENTICATED, FORBIDDEN,
 *   NOT_FOUND, NO_ORGANISATION), or null / an empty list at `path`.
 * - Any other answer (INTERNAL_SERVER_ERROR, a validation error, a business rule) fails the case for
 *   every actor: it means the authorization path was not what this row claims.
 * - For every actor and every answer: another person's personal data appears only for those the
 *   world's markers say may see it.
 */
export interface MatrixCase {
  /** What the row checks (nested paths: "→ bookings → pupilName"). */
  what: string;
  document: string;
  variables?: (context: CaseContext) => Variables | Promise<Variables>;
  allowed: readonly ActorName[];
  /** Dotted path under `data` that is judged (lists are looked into); default: the operation. */
  path?: string;
  /** Error codes that still count as "let through" (the input was consumed, not refused). */
  tolerate?: readonly string[];
  /**
   * Further codes that are this operation's refusal, when it answers a refusal the same way as
   * an unknown input (e.g. an invitation for another address answers like a spent one).
   */
  refusedAs?: readonly string[];
  /**
   * Runs as a new account with the actor's role and organisation, for operations that change or
   * end the account itself (erasure), so the world's actors stay as they are.
   */
  standIn?: boolean;
  /**
   * For nested rows: these actors must get something at `parentPath`, so the nested resolver was
   * really reached (a denial is only worth something where the parent was there to be seen).
   */
  reaches?: { parentPath: string; actors: readonly ActorName[] };
  /**
   * Whose personal data every actor may see in this row's answers, because the input is the key
   * (a guardian's consent link names the pupil to whoever holds it).
   */
  keyHolderSees?: readonly string[];
}

const ONLY_E1 = EMPLOYER_E1;
/**
 * Those with a basis to follow youth A: her school's counsellor. (A coordinator follows young
 * people outside school only; the coordinator actor follows youth C.)
 */
const YOUTH_A_FOLLOWERS: readonly ActorName[] = ['counsellorSchoolA'];

/** Youth C's plan (with a milestone) and mapping, made once per world by her coordinator. */
const plansOfYouthC = new WeakMap<
  World,
  Promise<{ youthId: string; planId: string; milestoneId: string }>
>();

async function asCoordinator<T>(world: World, document: string, variables: Variables): Promise<T> {
  const answer = await (await world.actors.client('coordinator')).graphql<T>(document, variables);
  if (answer.errors?.length || !answer.data)
    throw new Error(`plan fixture failed: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

function planOfYouthC(
  world: World,
): Promise<{ youthId: string; planId: string; milestoneId: string }> {
  let made = plansOfYouthC.get(world);
  if (!made) {
    made = (async () => {
      const youthId = world.youthOutsideSchool;
      await asCoordinator(
        world,
        `mutation ($id: ID!) { saveStrengthMapping(youthId: $id, input: { interests: ["sykkel"], strengths: ["HANDS_ON"], adaptations: ["SHORT_DAYS"], dreams: "Eget verksted", workExperience: "", goals: "" }) { youthId } }`,
        { id: youthId },
      );
      await asCoordinator(
        world,
        `mutation ($id: ID!) { savePlan(youthId: $id, input: { goal: "Lærlingplass som sykkelmekaniker", startsOn: "2026-01-05" }) { id } }`,
        { id: youthId },
      );
      const data = await asCoordinator<{
        addMilestone: { id: string; milestones: { id: string }[] };
      }>(
        world,
        `mutation ($id: ID!) { addMilestone(youthId: $id, input: { title: "Skrive CV", dueOn: "2026-02-01", owner: "YOUTH" }) { id milestones { id } } }`,
        { id: youthId },
      );
      return {
        youthId,
        planId: data.addMilestone.id,
        milestoneId: data.addMilestone.milestones[0]?.id ?? '',
      };
    })();
    plansOfYouthC.set(world, made);
  }
  return made;
}

async function freshMilestoneOfYouthC(world: World): Promise<string> {
  const { youthId } = await planOfYouthC(world);
  const data = await asCoordinator<{ addMilestone: { milestones: { id: string }[] } }>(
    world,
    `mutation ($id: ID!) { addMilestone(youthId: $id, input: { title: "Å fjerne", dueOn: "2026-04-01", owner: "COORDINATOR" }) { milestones { id } } }`,
    { id: youthId },
  );
  return data.addMilestone.milestones.at(-1)?.id ?? '';
}

/**
 * The matrix: `Type.field` for every operation of the schema, each with one or more rows. The spec
 * fails when the schema has an operation that is missing here, or when a key here is not in the
 * schema any more.
 */
export const MATRIX: Record<string, readonly MatrixCase[]> = {
  // ───────────────────────────── Queries ─────────────────────────────
  'Query.allocationPreview': [
    {
      what: "the allocation for school A's round, with pupils' names",
      document: `query ($id: ID!) { allocationPreview(roundId: $id) { roundId pupils { youthId name } } }`,
      variables: ({ world }) => ({ id: world.roundOfCohortA }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Query.allocationPublishProgress': [
    {
      what: "how far a publish of school A's round has come (IDOR for the other school)",
      document: `query ($id: ID!) { allocationPublishProgress(roundId: $id) { phase done total } }`,
      variables: ({ world }) => ({ id: world.roundOfCohortA }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Query.allocationRound': [
    {
      what: "school A's round by id (IDOR for the other school)",
      document: `query ($id: ID!) { allocationRound(id: $id) { id title pupils { youthId name choicesCount } } }`,
      variables: ({ world }) => ({ id: world.roundOfCohortA }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Query.allocationRounds': [
    {
      what: "my school's rounds (the other school has none)",
      document: `query { allocationRounds { id title pupils { name } } }`,
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Query.allocationSlotOptions': [
    {
      what: 'upcoming days with seats, to offer in a round',
      document: `query { allocationSlotOptions { slotId date } }`,
      allowed: SCHOOL_COUNSELLORS,
    },
  ],
  'Query.application': [
    {
      what: "youth A's application by id (IDOR for youth B and E2)",
      document: `query ($id: ID!) { application(id: $id) { id motivation applicant { name email } history { toStatus changedById changedByRole } } }`,
      variables: ({ world }) => ({ id: world.applicationOfA }),
      allowed: ['youthA', ...ONLY_E1],
    },
    {
      what: '→ applicant: what youth A did not share (home municipality, age) is null for everyone',
      document: `query ($id: ID!) { application(id: $id) { id applicant { name homeMunicipalityCode age tradeCodes } } }`,
      variables: ({ world }) => ({ id: world.applicationOfA }),
      path: 'application.applicant.homeMunicipalityCode',
      reaches: { parentPath: 'application.applicant.name', actors: ['youthA', ...ONLY_E1] },
      allowed: [],
    },
  ],
  'Query.applicationsForOpportunity': [
    {
      what: "applications on E1's apprenticeship",
      document: `query ($id: ID!) { applicationsForOpportunity(opportunityId: $id) { id motivation applicant { name email } } }`,
      variables: ({ world }) => ({ id: world.apprenticeship }),
      allowed: ONLY_E1,
    },
  ],
  'Query.cohortPupils': [
    {
      what: "school A's cohort (youth A in it)",
      document: `query ($id: ID!) { cohortPupils(cohortId: $id) { youthId displayName daysBooked } }`,
      variables: ({ world }) => ({ id: world.cohortA }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Query.employerInvitations': [
    {
      what: "the owner's pending invitations (E1 has one; E2 none)",
      document: `query { employerInvitations { id email } }`,
      allowed: ['employerE1'],
    },
  ],
  'Query.employerMembers': [
    {
      what: "members of one's own employer",
      document: `query { employerMembers { accountId displayName email role } }`,
      allowed: EMPLOYERS,
    },
  ],
  'Query.exportMyData': [
    {
      what: 'everything stored about me, as JSON',
      document: `query { exportMyData }`,
      allowed: YOUTHS,
    },
  ],
  'Query.guardianConsentRequest': [
    {
      what: 'a live consent link: the link is the key (it names the pupil to whoever holds it)',
      document: `query ($token: String!) { guardianConsentRequest(token: $token) { pupilName title date given } }`,
      variables: async ({ world }) => ({ token: await world.fresh.guardianConsentToken() }),
      keyHolderSees: ['youthA'],
      allowed: ACTORS,
    },
  ],
  'Query.me': [
    {
      what: 'the signed-in account',
      document: `query { me { id email displayName } }`,
      allowed: SIGNED_IN,
    },
  ],
  'Query.myAccessLog': [
    {
      what: "who looked at my data (youth A's has her counsellor's visit)",
      document: `query { myAccessLog(first: 20) { entries { actorName action purpose outcome } } }`,
      path: 'myAccessLog.entries',
      allowed: ['youthA'],
    },
  ],
  'Query.myAllocationRounds': [
    {
      what: "the rounds of the pupil's cohort",
      document: `query { myAllocationRounds { id title myRanking } }`,
      allowed: ['youthA'],
    },
  ],
  'Query.myApplications': [
    {
      what: 'my applications',
      document: `query { myApplications { id motivation applicant { name email } } }`,
      allowed: ['youthA'],
    },
    {
      what: "→ opportunity → applicationsCount and bookings: the employer's figures stay the employer's",
      document: `query { myApplications { id opportunity { id applicationsCount bookingsCount bookings { pupilName } } } }`,
      path: 'myApplications.opportunity.applicationsCount',
      reaches: { parentPath: 'myApplications.opportunity', actors: ['youthA'] },
      allowed: [],
    },
  ],
  'Query.myBookings': [
    {
      what: 'my bookings',
      document: `query { myBookings { id status pupilName waitlistPosition declineMessage guardianConsent slot { date } } }`,
      allowed: YOUTHS,
    },
    {
      what: '→ opportunity → bookings: a pupil never sees the other pupils of the day',
      document: `query { myBookings { id opportunity { id bookings { id pupilName } } } }`,
      path: 'myBookings.opportunity.bookings',
      reaches: { parentPath: 'myBookings.opportunity', actors: YOUTHS },
      allowed: [],
    },
  ],
  'Query.myCaseload': [
    {
      what: "the coordinator's caseload",
      document: `query { myCaseload { youthId displayName } }`,
      allowed: ['coordinator'],
    },
    {
      what: '→ followUp: the follow-up after youth C’s goal, in her coordinator’s caseload',
      document: `query { myCaseload { youthId followUp { goalKind completed nextDueOn } } }`,
      path: 'myCaseload.followUp',
      variables: async ({ world }) => {
        await world.fresh.goalReachedLastMonth(world.youthOutsideSchool);
        return {};
      },
      reaches: { parentPath: 'myCaseload', actors: ['coordinator'] },
      allowed: ['coordinator'],
    },
  ],
  'Query.myCohort': [
    {
      what: "the pupil's cohort",
      document: `query { myCohort { cohortId cohortName schoolName } }`,
      allowed: ['youthA'],
    },
    {
      what: "→ bookingWindow: the school's window on the pupil's own cohort",
      document: `query { myCohort { cohortId bookingWindow { cohortId opensOn closesOn } } }`,
      allowed: ['youthA'],
    },
  ],
  'Query.myCohorts': [
    {
      what: "the school counsellor's cohorts",
      document: `query { myCohorts { id name pupilCount classCodes { code } } }`,
      allowed: SCHOOL_COUNSELLORS,
    },
    {
      what: "→ bookingWindow: the window on the school counsellor's cohorts",
      document: `query { myCohorts { id bookingWindow { cohortId opensOn closesOn } } }`,
      allowed: SCHOOL_COUNSELLORS,
    },
  ],
  'Query.myNotifications': [
    {
      what: 'my notifications',
      document: `query { myNotifications(latest: 20) { id kind text bookingId applicationId } }`,
      allowed: ['youthA', 'youthB', ...ONLY_E1],
    },
  ],
  'Query.myOpportunities': [
    {
      what: "the employer's own opportunities",
      document: `query { myOpportunities { id title } }`,
      allowed: EMPLOYERS,
    },
    {
      what: '→ bookings → pupilName (E2 sees none of E1s pupils)',
      document: `query { myOpportunities { id bookings { id pupilName } } }`,
      path: 'myOpportunities.bookings.pupilName',
      reaches: { parentPath: 'myOpportunities', actors: EMPLOYERS },
      allowed: ONLY_E1,
    },
  ],
  'Query.myOrganisation': [
    {
      what: 'my school, NAV office or employer',
      document: `query { myOrganisation { kind id name } }`,
      allowed: ORGANISATION_MEMBERS,
    },
  ],
  'Query.myProfile': [
    {
      what: "the youth's matching profile",
      document: `query { myProfile { tradeCodes homeMunicipalityCode consentToBeProposed } }`,
      allowed: ['youthA'],
    },
  ],
  'Query.programmeIndicators': [
    {
      what: "the programme's indicators: aggregates, programme admins only",
      document: `query { programmeIndicators { months totals { pupils proposalsMade activeCaseloads } schools { schoolName pupils { display } } } }`,
      allowed: ['admin'],
    },
  ],
  'Query.programmeIndicatorsCsv': [
    {
      what: "the programme's indicators as CSV: programme admins only",
      document: `query { programmeIndicatorsCsv }`,
      allowed: ['admin'],
    },
  ],
  'Query.organisationStaff': [
    {
      what: "school A's counsellors (admins)",
      document: `query ($id: ID!) { organisationStaff(organisationId: $id) { accountId displayName email role } }`,
      variables: ({ world }) => ({ id: world.schoolA }),
      allowed: ['admin'],
    },
  ],
  'Query.organisations': [
    {
      what: 'schools and NAV offices (admins)',
      document: `query { organisations { id kind name counsellorCount } }`,
      allowed: ['admin'],
    },
  ],
  'Query.opportunity': [
    {
      what: 'a published hospitering: public facts',
      document: `query ($id: ID!) { opportunity(id: $id) { id title nextDate seatsLeft employer { name } slots { date seatsLeft } } }`,
      variables: ({ world }) => ({ id: world.hospitering.id }),
      allowed: ACTORS,
    },
    {
      what: "E1's draft: only E1's people",
      document: `query ($id: ID!) { opportunity(id: $id) { id title } }`,
      variables: ({ world }) => ({ id: world.draftOfE1 }),
      allowed: ONLY_E1,
    },
    {
      what: "E2's draft: only E2",
      document: `query ($id: ID!) { opportunity(id: $id) { id title } }`,
      variables: ({ world }) => ({ id: world.opportunityOfE2 }),
      allowed: ['employerE2'],
    },
    {
      what: '→ bookings → pupilName (nested resolver, not the parent query, decides)',
      document: `query ($id: ID!) { opportunity(id: $id) { id bookings { id status pupilName } } }`,
      variables: ({ world }) => ({ id: world.hospitering.id }),
      path: 'opportunity.bookings.pupilName',
      reaches: { parentPath: 'opportunity', actors: ACTORS },
      allowed: ONLY_E1,
    },
    {
      what: '→ bookings → feedback',
      document: `query ($id: ID!) { opportunity(id: $id) { id bookings { id feedbackFromPupil { comment } feedbackFromEmployer { comment } } } }`,
      variables: ({ world }) => ({ id: world.hospitering.id }),
      path: 'opportunity.bookings',
      reaches: { parentPath: 'opportunity', actors: ACTORS },
      allowed: ONLY_E1,
    },
    {
      what: '→ bookings → guardianConsent: the consent status is for the pupil and the employer',
      document: `query ($id: ID!) { opportunity(id: $id) { id bookings { id guardianConsent } } }`,
      variables: ({ world }) => ({ id: world.hospitering.id }),
      path: 'opportunity.bookings.guardianConsent',
      reaches: { parentPath: 'opportunity', actors: ACTORS },
      allowed: ONLY_E1,
    },
    {
      what: '→ bookingsCount',
      document: `query ($id: ID!) { opportunity(id: $id) { id bookingsCount } }`,
      variables: ({ world }) => ({ id: world.hospitering.id }),
      path: 'opportunity.bookingsCount',
      reaches: { parentPath: 'opportunity', actors: ACTORS },
      allowed: ONLY_E1,
    },
    {
      what: '→ applicationsCount',
      document: `query ($id: ID!) { opportunity(id: $id) { id applicationsCount } }`,
      variables: ({ world }) => ({ id: world.apprenticeship }),
      path: 'opportunity.applicationsCount',
      reaches: { parentPath: 'opportunity', actors: ACTORS },
      allowed: ONLY_E1,
    },
    {
      what: '→ myApplication → applicant: only the youth who applied',
      document: `query ($id: ID!) { opportunity(id: $id) { id myApplication { id motivation applicant { name email } } } }`,
      variables: ({ world }) => ({ id: world.apprenticeship }),
      path: 'opportunity.myApplication',
      reaches: { parentPath: 'opportunity', actors: ACTORS },
      allowed: ['youthA'],
    },
  ],
  'Query.quickSearch': [
    {
      what: 'the header search: public',
      document: `query { quickSearch(input: { query: "frisør" }) { degraded opportunities { id title } employers { name } } }`,
      allowed: ACTORS,
    },
  ],
  'Query.rankedCandidates': [
    {
      what: "consenting youths for E1's hospitering (youth A consents): her employer and her school's counsellor; other counsellors see nobody",
      document: `query ($id: ID!) { rankedCandidates(opportunityId: $id) { youthId displayName reasons { text } } }`,
      variables: ({ world }) => ({ id: world.hospitering.id }),
      allowed: [...ONLY_E1, ...YOUTH_A_FOLLOWERS],
    },
    {
      what: "E1's draft: a counsellor does not see an employer's drafts",
      document: `query ($id: ID!) { rankedCandidates(opportunityId: $id) { youthId displayName } }`,
      variables: ({ world }) => ({ id: world.draftOfE1 }),
      allowed: [],
    },
  ],
  'Query.recommendedOpportunities': [
    {
      what: 'recommendations for the signed-in youth',
      document: `query { recommendedOpportunities { hasProfile items { opportunity { id } } } }`,
      allowed: YOUTHS,
    },
    {
      what: '→ opportunity → bookings: a recommended day never shows who booked it',
      document: `query { recommendedOpportunities { items { opportunity { id bookings { pupilName } bookingsCount applicationsCount } } } }`,
      path: 'recommendedOpportunities.items.opportunity.bookings',
      reaches: { parentPath: 'recommendedOpportunities.items.opportunity', actors: ['youthA'] },
      allowed: [],
    },
  ],
  'Query.whyNotRecommended': [
    {
      what: "why E1's far-away day is missing from youth A's recommendations: she and her followers",
      document: `query ($youthId: ID!, $opportunityId: ID!) { whyNotRecommended(youthId: $youthId, opportunityId: $opportunityId) }`,
      variables: async ({ world, id }) => ({
        youthId: id('youthA'),
        opportunityId: await world.fresh.publishedFarFromA(),
      }),
      allowed: ['youthA', ...YOUTH_A_FOLLOWERS],
    },
    {
      what: "E1's draft: not found for everyone, youth A too",
      document: `query ($youthId: ID!, $opportunityId: ID!) { whyNotRecommended(youthId: $youthId, opportunityId: $opportunityId) }`,
      variables: ({ world, id }) => ({ youthId: id('youthA'), opportunityId: world.draftOfE1 }),
      allowed: [],
    },
  ],
  'Query.schoolBookings': [
    {
      what: "school A's cohort: pupils and their days (IDOR for the other school)",
      document: `query ($id: ID!) { schoolBookings(cohortId: $id) { cohortId pupils { youthId displayName guardianEmail bookings { date } } } }`,
      variables: ({ world }) => ({ id: world.cohortA }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Query.schoolBookingsCsv': [
    {
      what: "school A's cohort as CSV",
      document: `query ($id: ID!) { schoolBookingsCsv(cohortId: $id) }`,
      variables: ({ world }) => ({ id: world.cohortA }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Query.searchOpportunities': [
    {
      what: 'opportunity search: public',
      document: `query { searchOpportunities(input: { query: "frisør" }) { totalHits hits { id title } } }`,
      allowed: ACTORS,
    },
  ],
  'Query.unreadNotificationCount': [
    {
      what: 'my unread count',
      document: `query { unreadNotificationCount }`,
      allowed: SIGNED_IN,
    },
  ],
  'Query.youthOverview': [
    {
      what: "youth A's page (IDOR for the other school's counsellor, coordinators, employers and admin)",
      document: `query ($id: ID!) { youthOverview(youthId: $id, purpose: "Matrisetest") { youthId displayName cohortName profile { tradeCodes } bookings { confirmed } } }`,
      variables: ({ id }) => ({ id: id('youthA') }),
      allowed: ['youthA', ...YOUTH_A_FOLLOWERS],
    },
    {
      what: "youth C's page (outside school): only her coordinator, not another office's",
      document: `query ($id: ID!) { youthOverview(youthId: $id, purpose: "Matrisetest") { youthId displayName coordinatorName profile { tradeCodes } } }`,
      variables: ({ world }) => ({ id: world.youthOutsideSchool }),
      allowed: ['coordinator'],
    },
    {
      what: 'a young person whose follow-up has ended: not even the coordinator any more',
      document: `query ($id: ID!) { youthOverview(youthId: $id) { youthId displayName } }`,
      variables: async ({ world }) => ({ id: await world.fresh.youthWithEndedFollowUp() }),
      allowed: [],
    },
  ],

  // ──────────────────────────── Mutations ────────────────────────────
  'Mutation.acceptEmployerInvitation': [
    {
      what: 'a live invitation to a new address: only someone signed out can make that account',
      document: `mutation ($token: String!) { acceptEmployerInvitation(input: { token: $token, displayName: "Ny Kollega", password: "${PASSWORD}" }) { id role } }`,
      variables: async ({ world }) => ({ token: (await world.fresh.invitationToE1()).token }),
      // Signed in as someone else: the same field error as an unknown, used or expired invitation.
      refusedAs: ['BAD_USER_INPUT'],
      allowed: ['anonymous'],
    },
  ],
  'Mutation.acceptOffer': [
    {
      what: "youth A's offered application",
      document: `mutation ($id: ID!) { acceptOffer(id: $id) { id status } }`,
      variables: async ({ world }) => ({ id: await world.fresh.applicationOfA('OFFERED') }),
      allowed: ['youthA'],
    },
  ],
  'Mutation.addCounsellor': [
    {
      what: 'a new counsellor at the other school (admins)',
      document: `mutation ($input: AddCounsellorInput!) { addCounsellor(input: $input) { accountId role } }`,
      variables: ({ world }) => ({
        input: {
          organisationId: world.schoolA,
          email: `${world.fresh.unique('ny-raadgiver')}@skole.example`,
          displayName: 'Ny Rådgiver',
          role: 'SCHOOL_COUNSELLOR',
        },
      }),
      allowed: ['admin'],
    },
  ],
  'Mutation.addSlots': [
    {
      what: "days on E1's draft",
      document: `mutation ($id: ID!, $pattern: SlotPatternInput!) { addSlots(opportunityId: $id, pattern: $pattern) { createdDates } }`,
      variables: async ({ world }) => ({
        id: (await world.fresh.draftOfE1()).id,
        pattern: {
          fromDate: daysFromToday(40),
          toDate: daysFromToday(47),
          weekdays: ['MONDAY', 'WEDNESDAY'],
          startTime: '09:00',
          endTime: '14:00',
          capacity: 2,
        },
      }),
      path: 'addSlots.createdDates',
      allowed: ONLY_E1,
    },
  ],
  'Mutation.applyToOpportunity': [
    {
      what: "apply to E1's published apprenticeship",
      document: `mutation ($id: ID!) { applyToOpportunity(input: { opportunityId: $id, motivation: "Jeg liker å jobbe med folk.", sharedFields: [] }) { id status } }`,
      variables: async ({ world }) => ({ id: await world.fresh.apprenticeshipOfE1() }),
      allowed: YOUTHS,
    },
  ],
  'Mutation.archiveOpportunity': [
    {
      what: "E1's draft",
      document: `mutation ($id: ID!) { archiveOpportunity(id: $id) { id status } }`,
      variables: async ({ world }) => ({ id: (await world.fresh.draftOfE1()).id }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.assignCoordinator': [
    {
      what: 'take a young person nobody follows into my caseload',
      document: `mutation ($id: ID!) { assignCoordinator(youthId: $id) { youthId coordinatorName } }`,
      variables: async ({ world }) => ({ id: await world.fresh.youth() }),
      allowed: COORDINATORS,
    },
    {
      what: "a 10th-grader in school A's cohort: a coordinator follows young people outside school, and must not grant itself a pupil's data",
      document: `mutation ($id: ID!) { assignCoordinator(youthId: $id) { youthId displayName } }`,
      variables: async ({ world }) => ({ id: await world.fresh.pupilOfCohortA(world.cohortA) }),
      allowed: [],
    },
  ],
  'Mutation.bookForPupil': [
    {
      what: 'book a day on behalf of youth A (her school only)',
      document: `mutation ($youthId: ID!, $slotId: ID!, $key: String!) { bookForPupil(youthId: $youthId, input: { slotId: $slotId, idempotencyKey: $key }) { id status pupilName } }`,
      variables: async ({ world, id }) => ({
        youthId: id('youthA'),
        slotId: await world.fresh.slot(),
        key: world.fresh.unique('key'),
      }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Mutation.bookSlot': [
    {
      what: 'book a free day',
      document: `mutation ($slotId: ID!, $key: String!) { bookSlot(input: { slotId: $slotId, idempotencyKey: $key }) { id status } }`,
      variables: async ({ world }) => ({
        slotId: await world.fresh.slot(),
        key: world.fresh.unique('key'),
      }),
      allowed: YOUTHS,
    },
  ],
  'Mutation.cancelBooking': [
    {
      what: "youth A's booking (IDOR for youth B)",
      document: `mutation ($id: ID!) { cancelBooking(id: $id) { id status } }`,
      variables: async ({ world }) => ({ id: await world.fresh.bookingOfA() }),
      allowed: ['youthA'],
    },
  ],
  'Mutation.closeOpportunity': [
    {
      what: "E1's published hospitering",
      document: `mutation ($id: ID!) { closeOpportunity(id: $id) { id status } }`,
      variables: async ({ world }) => ({ id: await world.fresh.publishedOfE1() }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.confirmBooking': [
    {
      what: "a requested booking on E1's day",
      document: `mutation ($id: ID!) { confirmBooking(id: $id) { id status pupilName } }`,
      variables: async ({ world }) => ({ id: await world.fresh.bookingOfA() }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.completeOidcSignIn': [
    {
      what: 'public; a callback without the pending sign-in is refused as failed for everyone',
      document: `mutation { completeOidcSignIn(input: { callbackUrl: "http://127.0.0.1/logg-inn/oidc?code=x&state=y" }) { id } }`,
      tolerate: ['OIDC_FAILED', 'OIDC_NOT_CONFIGURED'],
      allowed: ACTORS,
    },
  ],
  'Mutation.createApprenticeship': [
    {
      what: 'a new draft',
      document: `mutation ($input: CreateApprenticeshipInput!) { createApprenticeship(input: $input) { id status } }`,
      variables: () => ({ input: apprenticeshipInput() }),
      allowed: EMPLOYERS,
    },
  ],
  'Mutation.createCalendarFeed': [
    {
      what: 'a private calendar address for my own bookings',
      document: `mutation { createCalendarFeed }`,
      allowed: SIGNED_IN,
    },
  ],
  'Mutation.createClassCode': [
    {
      what: "a class code for school A's cohort",
      document: `mutation ($id: ID!) { createClassCode(input: { cohortId: $id }) { id code } }`,
      variables: ({ world }) => ({ id: world.cohortA }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Mutation.createCohort': [
    {
      what: 'a cohort at my school',
      document: `mutation ($name: String!) { createCohort(input: { name: $name, schoolYear: "2026/27" }) { id name } }`,
      variables: ({ world }) => ({ name: world.fresh.unique('10C') }),
      allowed: SCHOOL_COUNSELLORS,
    },
  ],
  'Mutation.createHospitering': [
    {
      what: 'a new draft',
      document: `mutation ($input: CreateHospiteringInput!) { createHospitering(input: $input) { id status } }`,
      variables: () => ({ input: hospiteringInput() }),
      allowed: EMPLOYERS,
    },
  ],
  'Mutation.createNavOffice': [
    {
      what: 'register a NAV office (admins)',
      document: `mutation ($name: String!) { createNavOffice(input: { name: $name, municipalityCode: "4204" }) { id kind } }`,
      variables: ({ world }) => ({ name: world.fresh.unique('NAV Nytt') }),
      allowed: ['admin'],
    },
  ],
  'Mutation.createSchool': [
    {
      what: 'register a school (admins)',
      document: `mutation ($name: String!) { createSchool(input: { name: $name, municipalityCode: "4204" }) { id kind } }`,
      variables: ({ world }) => ({ name: world.fresh.unique('Ny skole') }),
      allowed: ['admin'],
    },
  ],
  'Mutation.createSimpleJob': [
    {
      what: 'a new draft',
      document: `mutation ($input: CreateSimpleJobInput!) { createSimpleJob(input: $input) { id status } }`,
      variables: () => ({
        input: {
          title: 'Fylle hyller etter skoletid',
          description: 'Matbutikk på Lund som trenger hjelp med varepåfylling.',
          tasks: 'Pakke ut varer, fylle hyller, sjekke datoer.',
          tradeCode: 'salg',
          address: hospiteringInput().address,
          hoursPerWeek: 6,
        },
      }),
      allowed: EMPLOYERS,
    },
  ],
  'Mutation.declineBooking': [
    {
      what: "a requested booking on E1's day",
      document: `mutation ($id: ID!) { declineBooking(id: $id, reason: TOO_MANY_PUPILS) { id status } }`,
      variables: async ({ world }) => ({ id: await world.fresh.bookingOfA() }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.duplicateOpportunity': [
    {
      what: "E1's booked hospitering (the copy has no bookings)",
      document: `mutation ($id: ID!) { duplicateOpportunity(id: $id) { id status bookings { pupilName } } }`,
      variables: ({ world }) => ({ id: world.hospitering.id }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.eraseMyAccount': [
    {
      what: 'erase my own account (a stand-in of each actor)',
      document: `mutation { eraseMyAccount(confirmation: "SLETT") }`,
      standIn: true,
      allowed: YOUTHS,
    },
  ],
  'Mutation.endFollowUp': [
    {
      what: "a young person in the coordinator's caseload",
      document: `mutation ($id: ID!) { endFollowUp(youthId: $id) { youthId endedAt } }`,
      variables: async ({ world }) => ({ id: await world.fresh.youthInCaseload() }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.giveFeedback': [
    {
      what: "youth A's attended day (IDOR for youth B and E2)",
      document: `mutation ($id: ID!) { giveFeedback(input: { bookingId: $id, rating: 5, comment: "Fin dag" }) { rating } }`,
      variables: async ({ world }) => ({ id: await world.fresh.pastBookingOfA('ATTENDED') }),
      allowed: ['youthA', ...ONLY_E1],
    },
  ],
  'Mutation.giveGuardianConsent': [
    {
      what: 'a live consent link: the link is the key',
      document: `mutation ($token: String!) { giveGuardianConsent(token: $token) { pupilName given } }`,
      variables: async ({ world }) => ({ token: await world.fresh.guardianConsentToken() }),
      keyHolderSees: ['youthA'],
      allowed: ACTORS,
    },
  ],
  'Mutation.inviteEmployerMember': [
    {
      what: "a colleague to one's own employer (owners only)",
      document: `mutation ($email: String!) { inviteEmployerMember(input: { email: $email }) { id email } }`,
      variables: ({ world }) => ({ email: `${world.fresh.unique('kollega')}@firma.example` }),
      allowed: ['employerE1', 'employerE2'],
    },
  ],
  'Mutation.joinCohort': [
    {
      what: 'a pupil joins with a class code (youth A: her own cohort again)',
      document: `mutation ($code: String!) { joinCohort(classCode: $code) { cohortId schoolName } }`,
      variables: async ({ world, actor }) => ({
        code:
          actor === 'youthA' ? world.classCodeA.code : await world.fresh.classCodeAtOtherSchool(),
      }),
      allowed: YOUTHS,
    },
  ],
  'Mutation.moveBookingForPupil': [
    {
      what: "move youth A's booking to another day (her school only; IDOR for the other school)",
      document: `mutation ($input: MoveBookingInput!) { moveBookingForPupil(input: $input) { id status pupilName } }`,
      variables: async ({ world }) => ({
        input: {
          bookingId: await world.fresh.bookingOfA(),
          toSlotId: await world.fresh.slot(),
          idempotencyKey: world.fresh.unique('flytt'),
        },
      }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Mutation.markAttendance': [
    {
      what: "youth A's confirmed day that is over",
      document: `mutation ($id: ID!) { markAttendance(id: $id, attended: true) { id status } }`,
      variables: async ({ world }) => ({ id: await world.fresh.pastBookingOfA('CONFIRMED') }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.markNotificationsRead': [
    {
      what: "my own notifications up to an id (youth A's id: others change only their own)",
      document: `mutation ($id: ID!) { markNotificationsRead(upToId: $id) }`,
      variables: ({ world }) => ({ id: world.notificationOfA }),
      allowed: SIGNED_IN,
    },
  ],
  'Mutation.moveApplication': [
    {
      what: "youth A's application to E1, into review",
      document: `mutation ($id: ID!) { moveApplication(input: { id: $id, status: IN_REVIEW }) { id status } }`,
      variables: async ({ world }) => ({ id: await world.fresh.applicationOfA() }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.openAllocationRound': [
    {
      what: "a round for school A's cohort",
      document: `mutation ($input: OpenAllocationRoundInput!) { openAllocationRound(input: $input) { id } }`,
      variables: async ({ world }) => ({
        input: {
          cohortId: world.cohortA,
          title: world.fresh.unique('Runde'),
          slotIds: [await world.fresh.slot()],
          choicesDeadline: daysFromToday(3),
          daysPerPupil: 1,
          minChoices: 1,
        },
      }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Mutation.publishAllocation': [
    {
      what: "an open round of school A's cohort",
      document: `mutation ($id: ID!) { publishAllocation(roundId: $id) { roundId bookingsCreated } }`,
      variables: async ({ world }) => ({ id: await world.fresh.roundOfCohortA(world.cohortA) }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Mutation.publishOpportunity': [
    {
      what: "E1's draft",
      document: `mutation ($id: ID!) { publishOpportunity(id: $id) { id status } }`,
      variables: async ({ world }) => ({ id: (await world.fresh.draftOfE1()).id }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.rankAllocationChoices': [
    {
      what: "a pupil of cohort A ranks the round's days",
      document: `mutation ($id: ID!, $slotId: ID!) { rankAllocationChoices(input: { roundId: $id, slotIds: [$slotId] }) { id myRanking } }`,
      variables: ({ world }) => ({
        id: world.roundOfCohortA,
        slotId: world.hospitering.slotIds[1],
      }),
      allowed: ['youthA'],
    },
  ],
  'Mutation.removeEmployerMember': [
    {
      what: 'take a colleague out of E1 (owners only, their own employer only)',
      document: `mutation ($id: ID!) { removeEmployerMember(accountId: $id) }`,
      variables: async ({ world }) => ({ id: await world.fresh.memberOfE1() }),
      allowed: ['employerE1'],
    },
  ],
  'Mutation.removeSlot': [
    {
      what: "an unbooked day of E1's draft",
      document: `mutation ($id: ID!) { removeSlot(slotId: $id) { id } }`,
      variables: async ({ world }) => ({ id: (await world.fresh.draftOfE1()).slotIds[0] }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.removeCounsellor': [
    {
      what: 'take a counsellor out of the other school (admins)',
      document: `mutation ($id: ID!) { removeCounsellor(accountId: $id) }`,
      variables: async ({ world }) => ({ id: await world.fresh.counsellorAtOtherSchool() }),
      allowed: ['admin'],
    },
  ],
  'Mutation.requestEmailVerification': [
    {
      what: 'a new verification link for my own address',
      document: `mutation { requestEmailVerification }`,
      allowed: SIGNED_IN,
    },
  ],
  'Mutation.requestPasswordReset': [
    {
      what: 'always true, whoever asks (never tells whether the address has an account)',
      document: `mutation ($email: String!) { requestPasswordReset(input: { email: $email }) }`,
      variables: ({ world }) => ({ email: world.signInAccount.email }),
      allowed: ACTORS,
    },
  ],
  'Mutation.resendGuardianConsent': [
    {
      what: "a new consent link for youth A's booking (her school only)",
      document: `mutation ($id: ID!) { resendGuardianConsent(bookingId: $id) }`,
      variables: ({ world }) => ({ id: world.bookingOfA }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Mutation.resetPassword': [
    {
      what: 'a live reset token: the token is the authorization',
      document: `mutation ($token: String!) { resetPassword(input: { token: $token, newPassword: "Et-helt-nytt-passord-91" }) { id } }`,
      variables: async ({ world }) => ({ token: await world.fresh.accountToken('RESET_PASSWORD') }),
      allowed: ACTORS,
    },
  ],
  'Mutation.revokeEmployerInvitation': [
    {
      what: "withdraw E1's pending invitation (owners only, their own employer only)",
      document: `mutation ($id: ID!) { revokeEmployerInvitation(id: $id) }`,
      variables: async ({ world }) => ({ id: (await world.fresh.invitationToE1()).id }),
      allowed: ['employerE1'],
    },
  ],
  'Mutation.revokeClassCode': [
    {
      what: "a class code of school A's cohort",
      document: `mutation ($id: ID!) { revokeClassCode(id: $id) { id active } }`,
      variables: async ({ world }) => ({ id: await world.fresh.classCodeOfCohortA(world.cohortA) }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Query.bookableDays': [
    {
      what: 'upcoming days with free seats, for school counsellors booking on behalf',
      document: `query { bookableDays(filter: { month: null }) { slotId title employerName date startTime seatsLeft } }`,
      allowed: SCHOOL_COUNSELLORS,
    },
  ],
  'Query.pupilBookings': [
    {
      what: "youth A's days for the pupil's page (her school only; IDOR for the other school)",
      document: `query ($id: ID!) { pupilBookings(youthId: $id) { youthId displayName guardianEmail bookings { id date title employerName status } } }`,
      variables: ({ id }) => ({ id: id('youthA') }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Query.bookingRules': [
    {
      what: "the programme's booking rules: public",
      document: `query { bookingRules { requiredHospiteringDays } }`,
      allowed: ACTORS,
    },
  ],
  'Mutation.setCohortBookingWindow': [
    {
      what: "school A's cohort booking window (IDOR for the other school)",
      document: `mutation ($input: SetCohortBookingWindowInput!) { setCohortBookingWindow(input: $input) { cohortId opensOn closesOn } }`,
      // A window around today, so the pupils' own booking rows stay bookable.
      variables: ({ world }) => ({
        input: {
          cohortId: world.cohortA,
          opensOn: daysFromToday(-30),
          closesOn: daysFromToday(365),
        },
      }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Mutation.setGuardianEmail': [
    {
      what: "youth A's guardian e-mail (her school only)",
      document: `mutation ($id: ID!) { setGuardianEmail(input: { youthId: $id, email: "foresatt-a@hjem.example" }) }`,
      variables: ({ id }) => ({ id: id('youthA') }),
      allowed: ['counsellorSchoolA'],
    },
  ],
  'Mutation.signIn': [
    {
      what: 'with the right password',
      document: `mutation ($email: String!) { signIn(input: { email: $email, password: "${PASSWORD}" }) { id } }`,
      variables: ({ world }) => ({ email: world.signInAccount.email }),
      allowed: ACTORS,
    },
  ],
  'Mutation.signOut': [
    {
      what: 'ends this session (harmless when there is none)',
      document: `mutation { signOut }`,
      allowed: ACTORS,
    },
  ],
  'Mutation.signOutEverywhere': [
    {
      what: "ends all of my account's sessions",
      document: `mutation { signOutEverywhere }`,
      allowed: SIGNED_IN,
    },
  ],
  'Mutation.startOidcSignIn': [
    {
      what: "public: the provider's sign-in address",
      document: `mutation { startOidcSignIn }`,
      tolerate: ['OIDC_NOT_CONFIGURED'],
      allowed: ACTORS,
    },
  ],
  'Mutation.signUp': [
    {
      what: 'a new youth account',
      document: `mutation ($email: String!) { signUp(input: { email: $email, password: "${PASSWORD}", displayName: "Ny Elev", role: YOUTH }) { id } }`,
      variables: ({ world }) => ({ email: `${world.fresh.unique('ny-elev')}@elev.example` }),
      allowed: ACTORS,
    },
  ],
  'Mutation.updateMyProfile': [
    {
      what: "the youth's own profile",
      document: `mutation { updateMyProfile(input: { programmeCodes: [], tradeCodes: ["frisor"], consentToBeProposed: true }) { tradeCodes } }`,
      allowed: YOUTHS,
    },
  ],
  'Mutation.updateOpportunity': [
    {
      what: "E1's draft",
      document: `mutation ($id: ID!) { updateOpportunity(id: $id, input: { title: "Ny tittel på utkastet" }) { id title } }`,
      variables: async ({ world }) => ({ id: (await world.fresh.draftOfE1()).id }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.verifyEmail': [
    {
      what: 'a live verification token: the token is the authorization',
      document: `mutation ($token: String!) { verifyEmail(input: { token: $token }) }`,
      variables: async ({ world }) => ({ token: await world.fresh.accountToken('VERIFY_EMAIL') }),
      allowed: ACTORS,
    },
  ],
  'Mutation.withdrawApplication': [
    {
      what: "youth A's open application (IDOR for youth B)",
      document: `mutation ($id: ID!) { withdrawApplication(id: $id) { id status } }`,
      variables: async ({ world }) => ({ id: await world.fresh.applicationOfA() }),
      allowed: ['youthA'],
    },
  ],
  // ───────────── The mapping and the plan (issue 8 §2): youth C's, made by her coordinator ─────────────
  'Query.plan': [
    {
      what: "youth C's plan, with milestones, comments and timeline (not her school's, not another office)",
      document: `query ($id: ID!) { plan(youthId: $id) { id goal milestones { title } comments { body authorName } versions { summary changedByName } } }`,
      variables: async ({ world }) => ({ id: (await planOfYouthC(world)).youthId }),
      allowed: ['coordinator'],
    },
  ],
  'Query.myPlan': [
    {
      what: "the signed-in youth's own plan page (empty for youths without a plan)",
      document: `query { myPlan { coordinatorName plan { id goal } mapping { strengths } } }`,
      allowed: YOUTHS,
    },
  ],
  'Query.strengthMapping': [
    {
      what: "youth C's strength-based mapping",
      document: `query ($id: ID!) { strengthMapping(youthId: $id) { interests strengths dreams } }`,
      variables: async ({ world }) => ({ id: (await planOfYouthC(world)).youthId }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.saveStrengthMapping': [
    {
      what: "youth C's mapping, by her coordinator only",
      document: `mutation ($id: ID!) { saveStrengthMapping(youthId: $id, input: { interests: ["sykkel"], strengths: ["CALM"], adaptations: [], dreams: "Verksted", workExperience: "", goals: "" }) { strengths } }`,
      variables: async ({ world }) => ({ id: (await planOfYouthC(world)).youthId }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.savePlan': [
    {
      what: "youth C's plan goal and start",
      document: `mutation ($id: ID!) { savePlan(youthId: $id, input: { goal: "Lærlingplass som sykkelmekaniker", startsOn: "2026-01-05" }) { id goal } }`,
      variables: async ({ world }) => ({ id: (await planOfYouthC(world)).youthId }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.addMilestone': [
    {
      what: "a milestone in youth C's plan",
      document: `mutation ($id: ID!) { addMilestone(youthId: $id, input: { title: "Besøke verkstedet", dueOn: "2026-03-01", owner: "TOGETHER" }) { id milestones { title } } }`,
      variables: async ({ world }) => ({ id: (await planOfYouthC(world)).youthId }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.updateMilestone': [
    {
      what: "a milestone of youth C's plan (IDOR for everyone else)",
      document: `mutation ($id: ID!) { updateMilestone(milestoneId: $id, input: { title: "Skrive CV", dueOn: "2026-02-01", owner: "YOUTH" }) { id } }`,
      variables: async ({ world }) => ({ id: (await planOfYouthC(world)).milestoneId }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.removeMilestone': [
    {
      what: "a fresh milestone of youth C's plan",
      document: `mutation ($id: ID!) { removeMilestone(milestoneId: $id) { id } }`,
      variables: async ({ world }) => ({ id: await freshMilestoneOfYouthC(world) }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.setMilestoneDone': [
    {
      what: "a milestone of youth C's plan: she or her coordinator (youth C is no actor)",
      document: `mutation ($id: ID!) { setMilestoneDone(milestoneId: $id, done: true) { id } }`,
      variables: async ({ world }) => ({ id: (await planOfYouthC(world)).milestoneId }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.addPlanComment': [
    {
      what: "a note on youth C's plan",
      document: `mutation ($id: ID!) { addPlanComment(planId: $id, body: "Bra jobba!") { id } }`,
      variables: async ({ world }) => ({ id: (await planOfYouthC(world)).planId }),
      allowed: ['coordinator'],
    },
  ],
  // ───────────── Proposals and the 8-week list (issue 8 §3–4) ─────────────
  'Query.opportunitiesForYouth': [
    {
      what: "places ranked for youth A: her school's counsellor (audited); nobody else",
      document: `query ($youthId: ID!) { opportunitiesForYouth(youthId: $youthId) { basis items { alreadyProposed opportunity { id } } } }`,
      variables: ({ id }) => ({ youthId: id('youthA') }),
      allowed: YOUTH_A_FOLLOWERS,
    },
    {
      what: 'places ranked for youth C: her coordinator only',
      document: `query ($youthId: ID!) { opportunitiesForYouth(youthId: $youthId) { basis } }`,
      variables: ({ world }) => ({ youthId: world.youthOutsideSchool }),
      allowed: ['coordinator'],
    },
  ],
  'Query.proposalsForYouth': [
    {
      what: "youth A's proposals: her school's counsellor",
      document: `query ($youthId: ID!) { proposalsForYouth(youthId: $youthId) { id youthName status message } }`,
      variables: async ({ world, id }) => {
        await proposalOfA(world, 'PROPOSED');
        return { youthId: id('youthA') };
      },
      allowed: YOUTH_A_FOLLOWERS,
    },
  ],
  'Query.myProposals': [
    {
      what: "the signed-in youth's own proposals (youth A has one)",
      document: `query { myProposals { id youthName message status } }`,
      variables: async ({ world }) => {
        await proposalOfA(world, 'PROPOSED');
        return {};
      },
      allowed: ['youthA'],
    },
  ],
  'Query.employerProposals': [
    {
      what: "candidates from youth A's accepted proposal on E1's place: only E1, only what she shared",
      document: `query { employerProposals { id status candidate { name email age strengths } } }`,
      variables: async ({ world }) => {
        await proposalOfA(world, 'ACCEPTED');
        return {};
      },
      allowed: ONLY_E1,
    },
  ],
  'Query.eightWeekList': [
    {
      what: "young people waiting 8 weeks in the coordinator's own caseload",
      document: `query { eightWeekList { youthId youthName daysWaited } }`,
      variables: async ({ world }) => {
        await world.fresh.youthWaitingEightWeeks();
        return {};
      },
      allowed: ['coordinator'],
    },
  ],
  'Mutation.proposeMatch': [
    {
      what: "a published apprenticeship of E1 for youth A: her school's counsellor only (denied audited)",
      document: `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status youthName } }`,
      variables: async ({ world, id }) => ({
        input: {
          youthId: id('youthA'),
          opportunityId: await world.fresh.apprenticeshipOfE1(),
          message: 'Denne plassen passer deg godt, vil du prøve?',
        },
      }),
      allowed: YOUTH_A_FOLLOWERS,
    },
    {
      what: 'the same for youth C: her coordinator only',
      document: `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status } }`,
      variables: async ({ world }) => ({
        input: {
          youthId: world.youthOutsideSchool,
          opportunityId: await world.fresh.apprenticeshipOfE1(),
          message: 'Denne plassen passer deg godt, vil du prøve?',
        },
      }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.answerProposal': [
    {
      what: "youth A's open proposal (IDOR for youth B)",
      document: `mutation ($id: ID!) { answerProposal(input: { proposalId: $id, accept: true, sharedFields: [NAME] }) { id status } }`,
      variables: async ({ world }) => ({ id: await proposalOfA(world, 'PROPOSED') }),
      allowed: ['youthA'],
    },
  ],
  'Mutation.withdrawProposal': [
    {
      what: 'a proposal for youth A not yet answered: a counsellor who follows her',
      document: `mutation ($id: ID!) { withdrawProposal(proposalId: $id) { id status } }`,
      variables: async ({ world }) => ({ id: await proposalOfA(world, 'PROPOSED') }),
      allowed: YOUTH_A_FOLLOWERS,
    },
  ],
  'Mutation.answerProposalAsEmployer': [
    {
      what: "youth A's yes to E1's place: E1's people (E2 as for a proposal that does not exist)",
      document: `mutation ($id: ID!) { answerProposalAsEmployer(input: { proposalId: $id, accept: true, message: "Velkommen!" }) { id status candidate { name } } }`,
      variables: async ({ world }) => ({ id: await proposalOfA(world, 'ACCEPTED') }),
      allowed: ONLY_E1,
    },
  ],
  'Mutation.markProposalPlaced': [
    {
      what: "E1's yes to youth A: E1's people or her school's counsellor",
      document: `mutation ($id: ID!) { markProposalPlaced(proposalId: $id) { id status } }`,
      variables: async ({ world }) => ({ id: await proposalOfA(world, 'EMPLOYER_ACCEPTED') }),
      allowed: [...ONLY_E1, ...YOUTH_A_FOLLOWERS],
    },
  ],
  // Identity and data rights (issue 4): sign-in options, the guardian's link, correcting data.
  'Query.signInOptions': [
    {
      what: 'public: which sign-in buttons to show',
      document: `query { signInOptions { password oidc { id kind name } } }`,
      allowed: ACTORS,
    },
  ],
  'Query.myGuardian': [
    {
      what: "a young person's own guardian e-mail on record",
      document: `query { myGuardian { email rightsApply } }`,
      allowed: YOUTHS,
    },
  ],
  'Mutation.sendGuardianLink': [
    {
      what: 'a young person sends their own guardian (on record) the data-rights link',
      document: `mutation { sendGuardianLink }`,
      allowed: YOUTHS,
    },
  ],
  'Mutation.requestGuardianLink': [
    {
      what: 'always true, whoever asks (never tells whether the address is on record)',
      document: `mutation { requestGuardianLink(input: { email: "foresatt@hjem.example" }) }`,
      allowed: ACTORS,
    },
  ],
  'Query.guardianAccess': [
    {
      what: 'a live guardian link: the link is the key (it names the pupil to whoever holds it)',
      document: `query ($token: String!) { guardianAccess(input: { token: $token }) { pupilName expiresAt } }`,
      variables: async ({ world }) => ({ token: await world.fresh.guardianAccessToken() }),
      allowed: ACTORS,
    },
  ],
  'Mutation.guardianExportData': [
    {
      what: "a live guardian link: the pupil's data, once",
      document: `mutation ($token: String!) { guardianExportData(input: { token: $token }) }`,
      variables: async ({ world }) => ({ token: await world.fresh.guardianAccessToken() }),
      allowed: ACTORS,
    },
  ],
  'Mutation.guardianEraseAccount': [
    {
      what: "a live guardian link: erases that pupil's account",
      document: `mutation ($token: String!) { guardianEraseAccount(input: { token: $token, confirmation: "SLETT" }) }`,
      variables: async ({ world }) => ({ token: await world.fresh.guardianAccessToken() }),
      allowed: ACTORS,
    },
  ],
  'Query.myAccountDetails': [
    {
      what: "one's own account data",
      document: `query { myAccountDetails { displayName email pendingEmail isPupil guardianEmail } }`,
      allowed: SIGNED_IN,
    },
  ],
  'Mutation.updateMyAccount': [
    {
      what: "one's own account data (nothing given: nothing changes)",
      document: `mutation { updateMyAccount(input: {}) { displayName email } }`,
      allowed: SIGNED_IN,
    },
  ],
  // ───────────── Intake, follow-up and appointments (issue 8 §1, §4, §5) ─────────────
  'Mutation.requestCoordinator': [
    {
      what: 'for oneself: pupils are refused kindly (their school follows them), staff cannot ask for themselves',
      document: `mutation ($input: IntakeInput!) { requestCoordinator(input: $input) { id status coordinatorName } }`,
      variables: () => ({ input: INTAKE_INPUT }),
      allowed: [],
      refusedAs: ['INTAKE_PUPIL_AT_SCHOOL'],
    },
    {
      what: 'on behalf of youth C: only her coordinator may see her (audited), and she has one already',
      document: `mutation ($input: IntakeInput!) { requestCoordinator(input: $input) { id status } }`,
      variables: ({ world }) => ({ input: { ...INTAKE_INPUT, youthId: world.youthOutsideSchool } }),
      allowed: [],
      refusedAs: ['INTAKE_ALREADY_FOLLOWED'],
    },
  ],
  'Query.myIntakeRequest': [
    {
      what: "youth A's own request for a coordinator (IDOR: nobody else's)",
      document: `query { myIntakeRequest { id status priority coordinatorName } }`,
      variables: async ({ world }) => {
        await world.fresh.intakeRequestOf('youthA');
        return {};
      },
      allowed: ['youthA'],
    },
  ],
  'Query.myCoordinator': [
    {
      what: "the young person's own coordinator now (the pupils have none; youth C has one but is no actor)",
      document: `query { myCoordinator { coordinatorName navOfficeName } }`,
      allowed: [],
    },
  ],
  'Query.officeLoad': [
    {
      what: "load per coordinator of one's own NAV office",
      document: `query { officeLoad { officeName max coordinators { displayName active free } } }`,
      allowed: COORDINATORS,
    },
    {
      what: 'a request waiting at the coordinator’s office: names and answers only to that office (audited)',
      document: `query { officeLoad { waiting { id displayName priority answers { whatMatters } } } }`,
      path: 'officeLoad.waiting',
      variables: async ({ world }) => {
        await world.fresh.waitingIntakeAt('coordinator');
        return {};
      },
      allowed: ['coordinator'],
    },
    {
      what: '→ caseloads: who follows whom at the office, for the office lead only (no actor is one; coordinators get none)',
      document: `query { officeLoad { officeName caseloads { youthId displayName coordinatorName } } }`,
      path: 'officeLoad.caseloads',
      reaches: { parentPath: 'officeLoad', actors: COORDINATORS },
      allowed: [],
    },
  ],
  'Mutation.routeIntakeRequest': [
    {
      what: 'a waiting request of the office: the office lead only (no actor is one; coordinators are refused)',
      document: `mutation ($requestId: ID!, $coordinatorId: ID!) { routeIntakeRequest(requestId: $requestId, coordinatorId: $coordinatorId) { id status coordinatorName } }`,
      variables: async ({ world, id }) => ({
        requestId: await world.fresh.waitingIntakeAt('coordinator'),
        coordinatorId: id('coordinator'),
      }),
      allowed: [],
    },
  ],
  'Mutation.markGoalReached': [
    {
      what: "youth C reached her goal: her coordinator only (denied audited)",
      document: `mutation ($youthId: ID!) { markGoalReached(youthId: $youthId, goalKind: JOB) { goalKind nextDueOn completed } }`,
      variables: ({ world }) => ({ youthId: world.youthOutsideSchool }),
      allowed: ['coordinator'],
    },
  ],
  'Query.followUpOf': [
    {
      what: "youth C's follow-up after her goal (40 days ago): her coordinator only (denied audited)",
      document: `query ($youthId: ID!) { followUpOf(youthId: $youthId) { goalKind nextDueOn followUpEndsOn completed } }`,
      variables: async ({ world }) => {
        await world.fresh.goalReachedLastMonth(world.youthOutsideSchool);
        return { youthId: world.youthOutsideSchool };
      },
      allowed: ['coordinator'],
    },
  ],
  'Query.followUpsDue': [
    {
      what: "follow-up reminders due in the coordinator's own caseload (youth C reached her goal 40 days ago)",
      document: `query { followUpsDue { youthId displayName month dueOn } }`,
      variables: async ({ world }) => {
        await world.fresh.goalReachedLastMonth(world.youthOutsideSchool);
        return {};
      },
      allowed: ['coordinator'],
    },
  ],
  'Mutation.bookAppointment': [
    {
      what: 'a meeting with youth C: her coordinator only (denied audited)',
      document: `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id startsAt status } }`,
      variables: ({ world }) => ({ input: appointmentInput(world.youthOutsideSchool) }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.cancelAppointment': [
    {
      what: "a planned meeting with youth C (IDOR for everyone but its parties)",
      document: `mutation ($id: ID!) { cancelAppointment(appointmentId: $id) { id status } }`,
      variables: async ({ world }) => ({ id: await appointmentWithYouthC(world) }),
      allowed: ['coordinator'],
    },
  ],
  'Mutation.markRunningLate': [
    {
      what: "the coordinator of a meeting with youth C is 20 minutes late",
      document: `mutation ($id: ID!) { markRunningLate(appointmentId: $id, minutesLate: 20) { notified appointment { id delayedTo } } }`,
      variables: async ({ world }) => ({ id: await appointmentWithYouthC(world) }),
      allowed: ['coordinator'],
    },
  ],
  'Query.myAppointments': [
    {
      what: "one's own meetings (the coordinator has one with youth C; pupils have none)",
      document: `query { myAppointments { id startsAt place status } }`,
      variables: async ({ world }) => {
        await appointmentWithYouthC(world);
        return {};
      },
      allowed: ['coordinator'],
    },
  ],
  'Query.appointmentsWith': [
    {
      what: "meetings with youth C: her coordinator only (audited)",
      document: `query ($youthId: ID!) { appointmentsWith(youthId: $youthId) { id startsAt status } }`,
      variables: async ({ world }) => {
        await appointmentWithYouthC(world);
        return { youthId: world.youthOutsideSchool };
      },
      allowed: ['coordinator'],
    },
  ],
  'Query.employerInvitationPreview': [
    {
      what: 'a live colleague invitation: the link is the key',
      document: `query ($token: String!) { employerInvitationPreview(input: { token: $token }) { employerName email } }`,
      variables: async ({ world }) => ({ token: (await world.fresh.invitationToE1()).token }),
      allowed: ACTORS,
    },
  ],
};

/**
 * A new proposal for youth A by a colleague of her school's counsellor (so the answers' notices
 * reach no actor's inbox) on a new apprenticeship of E1, moved as far as `status` through the real
 * operations (on yes she shares her name).
 */
async function proposalOfA(
  world: World,
  status: 'PROPOSED' | 'ACCEPTED' | 'EMPLOYER_ACCEPTED',
): Promise<string> {
  const opportunityId = await world.fresh.apprenticeshipOfE1();
  const proposed = await must<{ proposeMatch: { id: string } }>(
    await world.fresh.counsellorColleagueAtSchoolA(),
    `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }`,
    {
      input: {
        youthId: world.actors.id('youthA'),
        opportunityId,
        message: 'Denne plassen passer deg godt, vil du prøve?',
      },
    },
  );
  const id = proposed.proposeMatch.id;
  if (status !== 'PROPOSED') {
    await must(
      await world.actors.client('youthA'),
      `mutation ($id: ID!) { answerProposal(input: { proposalId: $id, accept: true, sharedFields: [NAME] }) { id } }`,
      { id },
    );
  }
  if (status === 'EMPLOYER_ACCEPTED') {
    await must(
      await world.actors.client('employerE1'),
      `mutation ($id: ID!) { answerProposalAsEmployer(input: { proposalId: $id, accept: true, message: "Velkommen!" }) { id } }`,
      { id },
    );
  }
  return id;
}

const INTAKE_INPUT = {
  followUpNeed: 'CLOSE',
  timeOutside: 'OVER_12_MONTHS',
  helpWanted: ['APPRENTICESHIP'],
  currentSituation: 'NO_ACTIVITY',
  whatMatters: 'Å jobbe med hendene',
};

function appointmentInput(youthId: string): Record<string, unknown> {
  return {
    youthId,
    date: daysFromToday(3),
    time: '10:00',
    durationMinutes: 30,
    place: 'Jobbhuset',
    agenda: 'Bli kjent',
  };
}

/** A new planned meeting between the coordinator and youth C, booked through the API. */
async function appointmentWithYouthC(world: World): Promise<string> {
  const data = await must<{ bookAppointment: { id: string } }>(
    await world.actors.client('coordinator'),
    `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { id } }`,
    { input: appointmentInput(world.youthOutsideSchool) },
  );
  return data.bookAppointment.id;
}
