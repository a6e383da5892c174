import { OpportunityKind } from './opportunity-kind';

describe('OpportunityKind', () => {
  it('has values equal to their keys', () => {
    for (const [key, value] of Object.entries(OpportunityKind)) {
      expect(value).toBe(key);
    }
  });

  it('knows the five kinds of learning place', () => {
    expect(Object.keys(OpportunityKind)).toEqual([
      'HOSPITERING',
      'APPRENTICESHIP',
      'SIMPLE_JOB',
      'TRAINEE',
      'WORK_TRIAL',
    ]);
  });
});
