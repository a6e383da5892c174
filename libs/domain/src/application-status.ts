/**
 * An application's life (søknad). The employer moves it forward through RECEIVED → IN_REVIEW →
 * INTERVIEW → OFFERED (skipping steps is allowed, going back is not) or declines it with a reason;
 * the youth answers an offer by accepting it (ACCEPTED) and may withdraw while it is open.
 *
 * ACCEPTED is the youth's move, not the employer's: the employer offers, the young person says yes.
 * That way nobody is "accepted" into a place they did not agree to, and the places count only
 * people who actually said yes.
 *
 * A withdrawn application may be re-opened by applying again (WITHDRAWN → RECEIVED, by the youth,
 * under the same rules as a first application: published, before the deadline, places left).
 * There is still one application per youth per opportunity, so its history stays in one place. A
 * declined or accepted application is final. Values equal keys.
 */
export enum ApplicationStatus {
  RECEIVED = 'RECEIVED',
  IN_REVIEW = 'IN_REVIEW',
  INTERVIEW = 'INTERVIEW',
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Which side of an application makes a move. */
export enum ApplicationParty {
  YOUTH = 'YOUTH',
  EMPLOYER = 'EMPLOYER',
}

/** Statuses that still wait for someone: the employer can move them, the youth can withdraw. */
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.RECEIVED,
  ApplicationStatus.IN_REVIEW,
  ApplicationStatus.INTERVIEW,
  ApplicationStatus.OFFERED,
];

/** The statuses an employer may choose when moving an application. */
export const EMPLOYER_APPLICATION_MOVES: readonly ApplicationStatus[] = [
  ApplicationStatus.IN_REVIEW,
  ApplicationStatus.INTERVIEW,
  ApplicationStatus.OFFERED,
  ApplicationStatus.DECLINED,
];

type Moves = Partial<Record<ApplicationStatus, ApplicationParty>>;

const EMPLOYER = ApplicationParty.EMPLOYER;
const YOUTH = ApplicationParty.YOUTH;

/** from → (to → who may make that move). Anything not listed is illegal. */
const TRANSITIONS: Record<ApplicationStatus, Moves> = {
  [ApplicationStatus.RECEIVED]: {
    [ApplicationStatus.IN_REVIEW]: EMPLOYER,
    [ApplicationStatus.INTERVIEW]: EMPLOYER,
    [ApplicationStatus.OFFERED]: EMPLOYER,
    [ApplicationStatus.DECLINED]: EMPLOYER,
    [ApplicationStatus.WITHDRAWN]: YOUTH,
  },
  [ApplicationStatus.IN_REVIEW]: {
    [ApplicationStatus.INTERVIEW]: EMPLOYER,
    [ApplicationStatus.OFFERED]: EMPLOYER,
    [ApplicationStatus.DECLINED]: EMPLOYER,
    [ApplicationStatus.WITHDRAWN]: YOUTH,
  },
  [ApplicationStatus.INTERVIEW]: {
    [ApplicationStatus.OFFERED]: EMPLOYER,
    [ApplicationStatus.DECLINED]: EMPLOYER,
    [ApplicationStatus.WITHDRAWN]: YOUTH,
  },
  // An employer may still have to take an offer back (declining it); the youth accepts or withdraws.
  [ApplicationStatus.OFFERED]: {
    [ApplicationStatus.ACCEPTED]: YOUTH,
    [ApplicationStatus.DECLINED]: EMPLOYER,
    [ApplicationStatus.WITHDRAWN]: YOUTH,
  },
  [ApplicationStatus.ACCEPTED]: {},
  [ApplicationStatus.DECLINED]: {},
  // Applying again re-opens it.
  [ApplicationStatus.WITHDRAWN]: { [ApplicationStatus.RECEIVED]: YOUTH },
};

/** Whether `by` may move an application from `from` to `to`. */
export function canMoveApplication(
  from: ApplicationStatus,
  to: ApplicationStatus,
  by: ApplicationParty,
): boolean {
  return TRANSITIONS[from][to] === by;
}

export function isOpenApplication(status: ApplicationStatus): boolean {
  return OPEN_APPLICATION_STATUSES.includes(status);
}
