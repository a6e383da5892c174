import { AuditAction, auditActionLabel, AuditOutcome } from './audit-action';

describe('audit actions', () => {
  it('have values equal to their keys', () => {
    for (const [key, value] of Object.entries({ ...AuditAction, ...AuditOutcome })) {
      expect(value).toBe(key);
    }
  });

  it('say in words what happened', () => {
    const labels = Object.values(AuditAction).map(auditActionLabel);
    expect(new Set(labels).size).toBe(labels.length);
    expect(auditActionLabel(AuditAction.VIEW_PROFILE)).toBe('Så profilen din');
  });
});
