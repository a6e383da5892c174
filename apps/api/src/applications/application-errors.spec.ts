import { applicationError } from './application-errors';
import { ApplicationErrorCode } from './application.exception';

describe(applicationError.name, () => {
  it('gives every code a Norwegian message and keeps the code as the reason', () => {
    for (const code of Object.values(ApplicationErrorCode)) {
      const sut = applicationError(code);
      expect(sut.message.length).toBeGreaterThan(15);
      expect(sut.extensions).toMatchObject({ reason: code });
    }
  });

  it("answers someone else's application exactly like a missing one", () => {
    const hidden = applicationError(ApplicationErrorCode.APPLICATION_NOT_FOUND);
    expect(hidden.extensions.code).toBe('NOT_FOUND');
    expect(applicationError(ApplicationErrorCode.OPPORTUNITY_NOT_FOUND).extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  it('uses the typed codes the web app switches on', () => {
    for (const code of [
      ApplicationErrorCode.APPLICATION_DEADLINE_PASSED,
      ApplicationErrorCode.PLACES_FILLED,
      ApplicationErrorCode.ALREADY_APPLIED,
      ApplicationErrorCode.NOT_APPLICABLE,
      ApplicationErrorCode.ILLEGAL_STATUS_CHANGE,
    ]) {
      expect(applicationError(code).extensions.code).toBe(code);
    }
  });
});
