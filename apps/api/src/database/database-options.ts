import { DataSourceOptions } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { Caseload } from '../organisations/caseload.entity';
import { ClassCode } from '../organisations/class-code.entity';
import { Cohort } from '../organisations/cohort.entity';
import { CohortPupil } from '../organisations/cohort-pupil.entity';
import { CounsellorMembership } from '../organisations/counsellor-membership.entity';
import { EmployerInvitation } from '../organisations/employer-invitation.entity';
import { EmployerMembership } from '../organisations/employer-membership.entity';
import { NavOffice } from '../organisations/nav-office.entity';
import { School } from '../organisations/school.entity';
import { OrganisationsAudit1765900000000 } from './migrations/1765900000000-organisations-audit';
import { GuardianConsent1766100000000 } from './migrations/1766100000000-guardian-consent';
import { CounsellingIntake1766200000000 } from './migrations/1766200000000-counselling-intake';
import { MatchProposals1766400000000 } from './migrations/1766400000000-match-proposals';
import { Plans1766300000000 } from './migrations/1766300000000-plans';
import { AllocationRounds1766000000000 } from './migrations/1766000000000-allocation-rounds';
import { Privacy1765910000000 } from './migrations/1765910000000-privacy';
import { Retention1765920000000 } from './migrations/1765920000000-retention';
import { Application } from '../applications/application.entity';
import { ApplicationStatusChange } from '../applications/application-status-change.entity';
import { Booking } from '../booking/booking.entity';
import { Account } from '../identity/account.entity';
import { Employer } from '../identity/employer.entity';
import { Session } from '../identity/session.entity';
import { AccountToken } from '../identity/account-token.entity';
import { Opportunity } from '../opportunities/opportunity.entity';
import { Slot } from '../opportunities/slot.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { InitialSchema1764400000000 } from './migrations/1764400000000-initial-schema';
import { Bookings1764500000000 } from './migrations/1764500000000-bookings';
import { BookingAnswers1764600000000 } from './migrations/1764600000000-booking-answers';
import { Notifications1764700000000 } from './migrations/1764700000000-notifications';
import { YouthProfiles1764800000000 } from './migrations/1764800000000-youth-profiles';
import { AttendanceFeedback1764900000000 } from './migrations/1764900000000-attendance-feedback';
import { OutboxDeadLetter1765000000000 } from './migrations/1765000000000-outbox-dead-letter';
import { BookingReminders1765100000000 } from './migrations/1765100000000-booking-reminders';
import { BookingWindow1765200000000 } from './migrations/1765200000000-booking-window';
import { CalendarFeeds1765300000000 } from './migrations/1765300000000-calendar-feeds';
import { SignInAttempts1765400000000 } from './migrations/1765400000000-sign-in-attempts';
import { OpportunityKinds1765500000000 } from './migrations/1765500000000-opportunity-kinds';
import { Applications1765600000000 } from './migrations/1765600000000-applications';
import { AccountTokens1765740000000 } from './migrations/1765740000000-account-tokens';
import { AccountIdentities1765741000000 } from './migrations/1765741000000-account-identities';
import { SchoolBookingWindow1766600000000 } from './migrations/1766600000000-school-booking-window';
import { AccountTokenPurposes1766700000000 } from './migrations/1766700000000-account-token-purposes';
import { BookingFeedback } from '../booking/booking-feedback.entity';
import { YouthProfileRecord } from '../matching/youth-profile.entity';
import { Notification } from '../notifications/notification.entity';

export const ENTITIES = [
  School,
  NavOffice,
  CounsellorMembership,
  EmployerMembership,
  EmployerInvitation,
  Cohort,
  ClassCode,
  CohortPupil,
  Caseload,
  AuditEvent,
  Account,
  AccountToken,
  Employer,
  Session,
  Opportunity,
  Slot,
  OutboxEvent,
  Booking,
  Notification,
  YouthProfileRecord,
  BookingFeedback,
  Application,
  ApplicationStatusChange,
];
export const MIGRATIONS = [
  InitialSchema1764400000000,
  Bookings1764500000000,
  BookingAnswers1764600000000,
  Notifications1764700000000,
  YouthProfiles1764800000000,
  AttendanceFeedback1764900000000,
  OutboxDeadLetter1765000000000,
  BookingReminders1765100000000,
  BookingWindow1765200000000,
  CalendarFeeds1765300000000,
  SignInAttempts1765400000000,
  OpportunityKinds1765500000000,
  Applications1765600000000,
  AccountTokens1765740000000,
  OrganisationsAudit1765900000000,
  AllocationRounds1766000000000,
  Privacy1765910000000,
  Retention1765920000000,
  AccountIdentities1765741000000,
  GuardianConsent1766100000000,
  CounsellingIntake1766200000000,
  MatchProposals1766400000000,
  Plans1766300000000,
  SchoolBookingWindow1766600000000,
  AccountTokenPurposes1766700000000,
];

/**
 * One place for the connection settings, shared by the API and the migrate command.
 * The pool's timeouts turn a burst or a stuck transaction into a fast error, never a hung request.
 */
export function databaseOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: {
      max: 10,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      statement_timeout: 15_000,
      lock_timeout: 5_000,
      idle_in_transaction_session_timeout: 30_000,
      application_name: 'akselerator-api',
    },
  };
}
