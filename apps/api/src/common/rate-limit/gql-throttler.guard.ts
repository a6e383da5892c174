import { applyDecorators, Injectable, UseGuards, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { Throttle, ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { GraphQLContext } from '../graphql-context';
import { RateLimitException } from './rate-limit.exception';

/**
 * @nestjs/throttler for GraphQL. Guards run once per resolved field, so every alias of a
 * mutation in one request counts as one attempt: eleven aliased `signIn`s are eleven sign-ins.
 * The client is `req.ip` (behind the web's proxy: the address it forwards, see TRUST_PROXY).
 */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<GqlContextType>() !== 'graphql') return super.getRequestResponse(context);
    const { req, res } = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    return {
      req: req as unknown as Record<string, unknown>,
      res: res as unknown as Record<string, unknown>,
    };
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    return Promise.reject(new RateLimitException(detail.timeToBlockExpire));
  }
}

/** At most `limit` calls a minute of this operation from one client (default: the module's). */
export const RateLimited = (limit?: number): MethodDecorator =>
  applyDecorators(
    UseGuards(GqlThrottlerGuard),
    ...(limit === undefined ? [] : [Throttle({ default: { limit, ttl: 60_000 } })]),
  );
