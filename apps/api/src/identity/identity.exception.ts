export enum IdentityErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** The link's token is unknown (mistyped, or never issued). */
  TOKEN_INVALID = 'TOKEN_INVALID',
  /** The link's token was valid once but its time is up. */
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  /** The link's token has been used already; every link works once. */
  TOKEN_USED = 'TOKEN_USED',
}

/** Who you are or what your role allows; the one exception the identity module throws. */
export class IdentityException extends Error {
  constructor(readonly code: IdentityErrorCode) {
    super(code);
  }
}
