import { OpportunityStatus } from './opportunity-status';

describe('OpportunityStatus', () => {
  it('has values equal to their keys', () => {
    for (const [key, value] of Object.entries(OpportunityStatus)) {
      expect(value).toBe(key);
    }
    expect(Object.keys(OpportunityStatus)).toHaveLength(4);
  });
});
