import { FieldErrorCode } from './field-error';

describe('FieldErrorCode', () => {
  it('has values equal to their keys', () => {
    for (const [key, value] of Object.entries(FieldErrorCode)) {
      expect(value).toBe(key);
    }
  });

  it('has the 22 agreed codes, ORGANISATION_TAKEN and TOO_MANY_ATTEMPTS', () => {
    expect(Object.keys(FieldErrorCode)).toHaveLength(24);
  });
});
