import { describeError, isInfraErrorCode, InfraErrorCode } from './infra-exception';

describe(describeError.name, () => {
  it('flattens aggregate errors and causes into one line', () => {
    const refused = Object.assign(new Error(''), { code: 'ECONNREFUSED' });
    const aggregate = new AggregateError([new Error('connect ECONNREFUSED ::1:5'), refused], '');

    expect(describeError(aggregate)).toBe('connect ECONNREFUSED ::1:5; ECONNREFUSED');
    expect(
      describeError(new Error('fetch failed', { cause: new Error('other side closed') })),
    ).toBe('fetch failed (other side closed)');
    expect(describeError('plain')).toBe('plain');
  });
});

describe(isInfraErrorCode.name, () => {
  it('accepts only known codes', () => {
    expect(isInfraErrorCode(InfraErrorCode.PORT_IN_USE)).toBe(true);
    expect(isInfraErrorCode('NOPE')).toBe(false);
  });
});
