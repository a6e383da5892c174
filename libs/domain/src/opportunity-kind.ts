/** What sort of learning place an opportunity is. Values equal keys. */
export enum OpportunityKind {
  /** A job-shadowing day at a workplace, with date slots and capacity. */
  HOSPITERING = 'HOSPITERING',
  /** Lærlingplass. */
  APPRENTICESHIP = 'APPRENTICESHIP',
  /** Enkel jobb: a simple, split-out job. */
  SIMPLE_JOB = 'SIMPLE_JOB',
  TRAINEE = 'TRAINEE',
  /** Arbeidstrening. */
  WORK_TRIAL = 'WORK_TRIAL',
}
