import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';

export enum PublishPhase {
  /** Nothing is being published for this round on this API instance. */
  IDLE = 'IDLE',
  /** Taking the slot locks, so the seats counted are the seats booked against. */
  LOCKING = 'LOCKING',
  /** Running the allocation on the locked seats. */
  ALLOCATING = 'ALLOCATING',
  /** Booking each pupil's days and writing their notices. */
  BOOKING = 'BOOKING',
  /** Written, waiting for the commit. */
  COMMITTING = 'COMMITTING',
}
registerEnumType(PublishPhase, { name: 'PublishPhase' });

@ObjectType({ description: 'How far a running publish of an allocation round has come' })
export class PublishProgress {
  constructor(phase: PublishPhase, done: number, total: number) {
    this.phase = phase;
    this.done = done;
    this.total = total;
  }

  @Field(() => PublishPhase)
  phase!: PublishPhase;

  @Field(() => Int, { description: 'Pupils whose days are booked so far' })
  done!: number;

  @Field(() => Int, { description: 'Pupils in the allocation (0 until it has run)' })
  total!: number;
}

const IDLE = new PublishProgress(PublishPhase.IDLE, 0, 0);

/**
 * Progress of the publishes running in this process, so the counsellor's page can show a bar
 * while the one transaction works. Kept in memory on purpose: it describes work in flight, which
 * dies with the process; with several API instances a poll that reaches another instance answers
 * IDLE and the page shows an indeterminate bar instead.
 */
@Injectable()
export class PublishProgressTracker {
  private readonly running = new Map<string, PublishProgress>();

  start(roundId: string): void {
    this.running.set(roundId, new PublishProgress(PublishPhase.LOCKING, 0, 0));
  }

  update(roundId: string, change: Partial<PublishProgress>): void {
    const current = this.running.get(roundId);
    if (current) {
      this.running.set(
        roundId,
        new PublishProgress(
          change.phase ?? current.phase,
          change.done ?? current.done,
          change.total ?? current.total,
        ),
      );
    }
  }

  finish(roundId: string): void {
    this.running.delete(roundId);
  }

  of(roundId: string): PublishProgress {
    return this.running.get(roundId) ?? IDLE;
  }
}
