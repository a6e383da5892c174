import { FieldErrorCode } from './field-error';

describe('FieldErrorCode', () => {
  it('has values equal to their keys', () => {
    for (const [key, value] of Object.entries(FieldErrorCode)) {
      expect(value).toBe(key);
    }
  });

  // Every code reaches a user as a sentence (field-error-message.spec checks each has one); the
  // codes themselves are a contract with the web, so a rename would break stored answers.
  it('keeps the codes the web relies on', () => {
    expect(Object.keys(FieldErrorCode)).toEqual(
      expect.arrayContaining(['REQUIRED', 'INVALID_EMAIL', 'WEAK_PASSWORD', 'TOO_MANY_ATTEMPTS']),
    );
  });
});
