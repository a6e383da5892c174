export {
  AGDER_BOUNDING_BOX,
  AGDER_MUNICIPALITIES,
  findMunicipality,
  KRISTIANSAND_MUNICIPALITY_CODE,
} from './agder-municipalities';
export type { Municipality } from './agder-municipalities';
export { Adaptation, ADAPTATIONS, findAdaptation, isAdaptation } from './adaptations';
export type { AdaptationLabel } from './adaptations';
export { isValidEmail, normaliseEmail } from './email';
export { FieldErrorCode } from './field-error';
export type { FieldError, FieldErrorParams } from './field-error';
export { createFieldError, fieldErrorMessage } from './field-error-message';
export { distanceKm, isInsideBoundingBox } from './geo-point';
export type { BoundingBox, GeoPoint } from './geo-point';
export {
  trimHospiteringDraft,
  validateAddressDraft,
  validateHospiteringDraft,
  validateSlotDrafts,
} from './hospitering-draft';
export type { AddressDraft, HospiteringDraft, SlotDraft } from './hospitering-draft';
export { addDays, daysBetween, daysInMonth, isIsoDate, isoWeekday } from './iso-date';
export { LIMITS } from './limits';
export type { Limits } from './limits';
export { DEFAULT_LOCALE, Locale } from './locale';
export { OpportunityKind } from './opportunity-kind';
export { OpportunityStatus } from './opportunity-status';
export {
  isValidOrganisationNumber,
  normaliseOrganisationNumber,
  organisationNumberCheckDigit,
} from './organisation-number';
export { checkPassword, isCommonPassword } from './password-policy';
export { COMMON_PASSWORDS } from './common-passwords';
export { PROGRAMMES } from './programmes';
export type { Programme, Trade } from './programmes';
export { Role, SELF_SIGN_UP_ROLES } from './role';
export { validateSignUpDraft } from './sign-up-draft';
export type { EmployerSignUpDraft, SignUpDraft } from './sign-up-draft';
export { findProgramme, findTrade, TRADES } from './taxonomy';
export { findStrength, isStrength, Strength, STRENGTHS } from './strengths';
export type { StrengthLabel } from './strengths';
export { checkText, textLength } from './text-field';
export type { FieldProblem, TextRule } from './text-field';
export { isTimeOfDay, minutesOfDay } from './time-of-day';
export { todayInOslo } from './today-in-oslo';
export { toMeilisearchSynonyms, TRADE_SYNONYM_GROUPS } from './trade-synonyms';
export { tradeKeywords } from './trade-keywords';
export { foldNorwegian, foldNorwegianLoosely } from './norwegian-folding';
export { ACTIVE_BOOKING_STATUSES, BookingStatus, canMoveBooking, holdsSeat, SEAT_HOLDING_STATUSES } from './booking-status';
export { DeclineReason, declineText } from './decline-reason';
export { addWorkingDays } from './working-days';
export {
  ApplicationParty,
  ApplicationStatus,
  canMoveApplication,
  EMPLOYER_APPLICATION_MOVES,
  isOpenApplication,
  OPEN_APPLICATION_STATUSES,
} from './application-status';
export { ApplicationDeclineReason, applicationDeclineText } from './application-decline-reason';
export type { ApplicationDeclineText } from './application-decline-reason';
export {
  APPLICATION_SHARED_FIELDS,
  ApplicationSharedField,
  isApplicationSharedField,
  MOTIVATION_RULE,
  normaliseSharedFields,
  validateApplicationDraft,
} from './application-draft';
export type { ApplicationDraft, ApplicationSharedFieldLabel } from './application-draft';
export {
  APPRENTICESHIP_PLACES,
  checkDeadlineBeforeStart,
  validateApprenticeshipDraft,
} from './apprenticeship-draft';
export type { ApprenticeshipDraft, StoredDates } from './apprenticeship-draft';
export {
  checkAdaptations,
  checkStrengths,
  OPPORTUNITY_TEXT_RULES,
  trimOpportunityBasics,
  validateOpportunityBasics,
} from './opportunity-basics';
export type { OpportunityBasicsDraft } from './opportunity-basics';
export {
  canMoveOpportunity,
  isEditable,
  isPublishable,
  isSearchable,
  planStatusChange,
  StatusChange,
} from './opportunity-lifecycle';
export type { PublishFacts } from './opportunity-lifecycle';
export { checkHoursPerWeek, HOURS_PER_WEEK_MAX, validateSimpleJobDraft } from './simple-job-draft';
export type { SimpleJobDraft } from './simple-job-draft';
export { expandSlotPattern, SLOT_PATTERN_MAX, validateSlotPattern, Weekday } from './slot-pattern';
export type { SlotPattern } from './slot-pattern';
export { AuditAction, auditActionLabel, AuditOutcome } from './audit-action';
export {
  CLASS_CODE_ALPHABET,
  CLASS_CODE_DEFAULT_VALID_DAYS,
  CLASS_CODE_LENGTH,
  CLASS_CODE_MAX_VALID_DAYS,
  formatClassCode,
  generateClassCode,
  isClassCode,
  normaliseClassCode,
} from './class-code';
export {
  CounsellorRole,
  counsellorRoleLabel,
  EMPLOYER_INVITATION_VALID_DAYS,
  EmployerRole,
  NAV_OFFICE_ROLES,
} from './organisation-role';
export { isSchoolYear, schoolYearOf } from './school-year';
export {
  dueBeforeStartError,
  formatNorwegianDate,
  INTEREST_TAGS_MAX,
  isMilestoneOwner,
  MILESTONE_OWNERS,
  MilestoneOwner,
  milestoneOwnerLabel,
  NO_HEALTH_DATA_NOTE,
  normaliseInterests,
  PLAN_TEXT_RULES,
  validateMilestoneDraft,
  validatePlanDraft,
  validateStrengthMappingDraft,
} from './plan-rules';
export type {
  MilestoneDraft,
  MilestoneOwnerLabel,
  PlanDraft,
  StrengthMappingDraft,
} from './plan-rules';
export {
  isPlanActor,
  PlanActor,
  planActorLabel,
  planChangeSummary,
  summaryForReader,
} from './plan-rules-summary';
export type { PlanChange } from './plan-rules-summary';
export {
  addMonths,
  caseloadFree,
  DEFAULT_CASELOAD_MAX,
  FOLLOW_UP_MONTHS,
  followUpDueDates,
  GOAL_KINDS,
  hasCaseloadRoom,
  INTAKE_QUESTIONS,
  IntakeQuestion,
  intakeOptionLabel,
  isGoalKind,
  normaliseIntakeAnswers,
  suggestIntakePriority,
  validateIntakeAnswers,
  WHAT_MATTERS_RULE,
} from './intake-screening';
export type {
  GoalKind,
  IntakeAnswers,
  IntakeOption,
  IntakePriority,
  IntakeQuestionDefinition,
  IntakeQuestionKind,
} from './intake-screening';
export {
  APPOINTMENT_AGENDA_RULE,
  APPOINTMENT_DURATION_MAX,
  APPOINTMENT_DURATION_MIN,
  APPOINTMENT_PLACE_RULE,
  delayedStart,
  isAppointmentDuration,
  isLateMinutes,
  LATE_MINUTES_MAX,
  LATE_NOTICE_MINUTES,
  lateNoticeText,
  osloClockTime,
  osloDateTimeText,
  osloInstant,
  shouldNotifyLate,
  validateAppointmentDraft,
} from './appointment-rules';
export type { AppointmentDraft } from './appointment-rules';
export {
  canMoveProposal,
  EMPLOYER_VISIBLE_PROPOSAL_STATUSES,
  isOpenProposal,
  isProposalDeclineReason,
  OPEN_PROPOSAL_STATUSES,
  placementGoalKind,
  PROPOSAL_DECLINE_REASONS,
  PROPOSAL_MESSAGE_RULE,
  PROPOSAL_NOTE_MAX,
  PROPOSAL_SHAREABLE_FIELDS,
  proposalDeclineLabel,
  proposalMovesFor,
  ProposalDeclineReason,
  ProposalParty,
  ProposalStatus,
  proposalStatusLabel,
} from './proposal-status';
export type { PlacementGoalKind } from './proposal-status';
