import { plainToInstance, Transform } from 'class-transformer';
import { normaliseEmail, trim } from './input-transforms';

class ContactInput {
  @Transform(trim)
  name!: unknown;

  @Transform(normaliseEmail)
  email!: unknown;
}

describe('input transforms', () => {
  it('trims text and lower-cases e-mail addresses as the input arrives', () => {
    const sut = plainToInstance(ContactInput, {
      name: '  Kari Nordmann ',
      email: ' Kari@Skole.NO ',
    });

    expect(sut.name).toBe('Kari Nordmann');
    expect(sut.email).toBe('kari@skole.no');
  });

  it('keeps the case of a name', () => {
    expect(trim({ value: ' Ola ' })).toBe('Ola');
  });

  it('passes values that are not text on for the validators to reject', () => {
    const sut = plainToInstance(ContactInput, { name: 42, email: null });

    expect(sut.name).toBe(42);
    expect(sut.email).toBeNull();
    expect(normaliseEmail({ value: ['A@B.no'] })).toEqual(['A@B.no']);
  });
});
