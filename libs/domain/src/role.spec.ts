import { Role, SELF_SIGN_UP_ROLES } from './role';

describe('Role', () => {
  it('has values equal to their keys', () => {
    for (const [key, value] of Object.entries(Role)) {
      expect(value).toBe(key);
    }
  });

  it('lets only youth and employers sign up by themselves', () => {
    expect(SELF_SIGN_UP_ROLES).toEqual([Role.YOUTH, Role.EMPLOYER]);
  });
});
