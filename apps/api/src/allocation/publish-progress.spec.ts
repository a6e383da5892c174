import { PublishPhase, PublishProgressTracker } from './publish-progress';

describe('PublishProgressTracker', () => {
  it('answers IDLE for a round that is not being published', () => {
    expect(new PublishProgressTracker().of('round-1')).toEqual({
      phase: PublishPhase.IDLE,
      done: 0,
      total: 0,
    });
  });

  it('follows a publish through its phases and forgets it when it ends', () => {
    const tracker = new PublishProgressTracker();
    tracker.start('round-1');
    expect(tracker.of('round-1').phase).toBe(PublishPhase.LOCKING);
    tracker.update('round-1', { phase: PublishPhase.BOOKING, total: 120 });
    tracker.update('round-1', { done: 35 });
    expect(tracker.of('round-1')).toEqual({ phase: PublishPhase.BOOKING, done: 35, total: 120 });
    expect(tracker.of('round-2').phase).toBe(PublishPhase.IDLE);
    tracker.finish('round-1');
    expect(tracker.of('round-1').phase).toBe(PublishPhase.IDLE);
  });

  it('ignores updates for a publish that already ended', () => {
    const tracker = new PublishProgressTracker();
    tracker.update('round-1', { done: 3 });
    expect(tracker.of('round-1').phase).toBe(PublishPhase.IDLE);
  });
});
