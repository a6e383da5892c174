export enum IdentityErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** The link's token is unknown (mistyped, or never issued). */
  TOKEN_INVALID = 'TOKEN_INVALID',
  /** The link's token was valid once but its time is up. */
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  /** The link's token has been used already; every link works once. */
  TOKEN_USED = 'TOKEN_USED',
  /** OIDC sign-in is not set up on this server. */
  OIDC_NOT_CONFIGURED = 'OIDC_NOT_CONFIGURED',
  /** The OIDC round trip failed: wrong state or nonce, an error from the provider, a bad code. */
  OIDC_FAILED = 'OIDC_FAILED',
  /** The provider gave no verified e-mail address, so no account could be found or made. */
  OIDC_EMAIL_MISSING = 'OIDC_EMAIL_MISSING',
  /** An account with this address exists but never verified it: it is not linked silently. */
  OIDC_ACCOUNT_NOT_LINKABLE = 'OIDC_ACCOUNT_NOT_LINKABLE',
}

/** Who you are or what your role allows; the one exception the identity module throws. */
export class IdentityException extends Error {
  constructor(readonly code: IdentityErrorCode) {
    super(code);
  }
}
