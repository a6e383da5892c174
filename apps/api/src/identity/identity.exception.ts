export enum IdentityErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
}

/** Who you are or what your role allows; the one exception the identity module throws. */
export class IdentityException extends Error {
  constructor(readonly code: IdentityErrorCode) {
    super(code);
  }
}
