import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { RequestWithAccount } from '../common/graphql-context';
import { SessionService } from './session.service';

/** Resolves the session cookie to an account once per request, for every transport. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: RequestWithAccount, _res: Response, next: NextFunction): Promise<void> {
    const cookies = req.cookies as Record<string, string | undefined> | undefined;
    req.account = await this.sessions.accountFor(cookies?.[this.sessions.cookieName]);
    next();
  }
}
