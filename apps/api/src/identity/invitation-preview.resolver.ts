import { Injectable } from '@nestjs/common';
import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { TokenInput } from './dtos/account-recovery.input';
import { hashToken } from './session.service';

@ObjectType({ description: 'What a colleague invitation link is about, for the page it opens' })
export class EmployerInvitationPreview {
  @Field({ description: 'The employer one is invited to' })
  employerName!: string;

  @Field({ description: 'The address the invitation went to (the account must use it)' })
  email!: string;

  @Field()
  expiresAt!: Date;
}

/** Reads an employer invitation by its link's token; only the hash is stored. */
@Injectable()
export class InvitationPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Null for an unknown, accepted or expired link (the same answer for each). */
  async preview(token: string): Promise<EmployerInvitationPreview | null> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(token)) return null;
    const [row] = await this.dataSource.query<EmployerInvitationPreview[]>(
      `SELECT e.name AS "employerName", i.email, i.expires_at AS "expiresAt"
         FROM employer_invitation i JOIN employer e ON e.id = i.employer_id
        WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.expires_at > $2`,
      [hashToken(token), this.clock.now()],
    );
    return row ?? null;
  }
}

@Resolver()
export class InvitationPreviewResolver {
  constructor(private readonly invitations: InvitationPreviewService) {}

  @Query(() => EmployerInvitationPreview, {
    nullable: true,
    description:
      'The colleague invitation behind a link (employer, address); null when unknown, accepted or expired',
  })
  // Not rate-limited: the web's server asks on every page view, and a token cannot be guessed.
  employerInvitationPreview(
    @Args('input') input: TokenInput,
  ): Promise<EmployerInvitationPreview | null> {
    return this.invitations.preview(input.token);
  }
}
