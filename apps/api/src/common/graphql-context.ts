import type { Request, Response } from 'express';
import type { Account } from '../identity/account.entity';

export interface RequestWithAccount extends Request {
  account?: Account | null;
}

export interface GraphQLContext {
  req: RequestWithAccount;
  res: Response;
}
