import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/graphql-context';
import type { Account } from './account.entity';

/** The signed-in account, or null. Services decide what an anonymous caller may do. */
export const CurrentAccount = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Account | null =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().req.account ?? null,
);
