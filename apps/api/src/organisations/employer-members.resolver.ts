import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/graphql-context';
import { Account } from '../identity/account.entity';
import { CurrentAccount } from '../identity/current-account.decorator';
import { TokenInput } from '../identity/dtos/account-recovery.input';
import { SessionCookie } from '../identity/session-cookie';
import {
  AcceptEmployerInvitationInput,
  InviteEmployerMemberInput,
} from './dtos/organisation.inputs';
import { EmployerInvitationPreview, EmployerMember } from './dtos/organisation.types';
import { EmployerInvitation } from './employer-invitation.entity';
import { EmployerMembersService } from './employer-members.service';

@Resolver()
export class EmployerMembersResolver {
  constructor(
    private readonly members: EmployerMembersService,
    private readonly sessionCookie: SessionCookie,
  ) {}

  @Query(() => [EmployerMember], { description: "The members of the signed-in person's employer" })
  employerMembers(@CurrentAccount() actor: Account | null): Promise<EmployerMember[]> {
    return this.members.members(actor);
  }

  @Query(() => [EmployerInvitation], { description: "The owner's invitations not yet accepted" })
  employerInvitations(@CurrentAccount() actor: Account | null): Promise<EmployerInvitation[]> {
    return this.members.pendingInvitations(actor);
  }

  @Query(() => EmployerInvitationPreview, {
    nullable: true,
    description:
      'The colleague invitation behind a link (employer, address); null when unknown, accepted or expired',
  })
  // Not rate-limited: the web's server asks on every page view, and a token cannot be guessed.
  employerInvitationPreview(
    @Args('input') input: TokenInput,
  ): Promise<EmployerInvitationPreview | null> {
    return this.members.invitationPreview(input.token);
  }

  @Mutation(() => EmployerInvitation, { description: 'The owner invites a colleague by e-mail' })
  inviteEmployerMember(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: InviteEmployerMemberInput,
  ): Promise<EmployerInvitation> {
    return this.members.invite(actor, input.email);
  }

  @Mutation(() => Account, {
    description:
      'Accepts an invitation: signed in, or with displayName and password to make the account (then signed in)',
  })
  async acceptEmployerInvitation(
    @CurrentAccount() actor: Account | null,
    @Args('input') input: AcceptEmployerInvitationInput,
    @Context() context: GraphQLContext,
  ): Promise<Account> {
    const account = await this.members.accept(actor, input);
    await this.sessionCookie.startFor(account, context);
    return account;
  }

  @Mutation(() => Boolean, {
    description:
      "The owner takes a colleague out of the employer (the colleague's account is deleted)",
  })
  removeEmployerMember(
    @CurrentAccount() actor: Account | null,
    @Args('accountId', { type: () => ID }) accountId: string,
  ): Promise<boolean> {
    return this.members.removeMember(actor, accountId);
  }

  @Mutation(() => Boolean, { description: 'The owner withdraws an invitation not yet accepted' })
  revokeEmployerInvitation(
    @CurrentAccount() actor: Account | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.members.revokeInvitation(actor, id);
  }
}
