import type { EntityManager } from 'typeorm';
import { isUuid } from '../common/uuid';
import { OpportunityErrorCode, OpportunityException } from './opportunity.exception';
import { Opportunity } from './opportunity.entity';

/**
 * The employer's own opportunity, row-locked for the rest of the transaction. Someone else's, or
 * one that does not exist, answers NOT_FOUND alike: no leaking whether it exists.
 */
export async function lockOwnOpportunity(
  manager: EntityManager,
  id: string,
  employerId: string,
): Promise<Opportunity> {
  if (!isUuid(id)) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
  const opportunity = await manager.findOne(Opportunity, {
    where: { id, employerId },
    lock: { mode: 'pessimistic_write', tables: ['opportunity'] },
  });
  if (!opportunity) throw new OpportunityException(OpportunityErrorCode.NOT_FOUND);
  return opportunity;
}
