import { AuditAction, AuditOutcome } from '@akselerator/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(AuditOutcome, { name: 'AuditOutcome' });

/** One line of the young person's access log: who (name, role, organisation), what, when, why. */
@ObjectType()
export class AccessLogEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field({ description: 'The name of the person (never their e-mail)' })
  actorName!: string;

  @Field({ description: 'Their role in words, e.g. "Rådgiver"' })
  actorRoleLabel!: string;

  @Field({ description: 'Their role in English words, e.g. "School counsellor"' })
  actorRoleLabelEn!: string;

  @Field(() => String, { nullable: true, description: 'Their school, NAV office or employer' })
  actorOrganisation!: string | null;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field({ description: 'What happened, in words, e.g. "Så profilen din"' })
  actionLabel!: string;

  @Field({ description: 'Why' })
  purpose!: string;

  @Field({ description: 'Why, in English where the wording is known (else as written)' })
  purposeEn!: string;

  @Field(() => AuditOutcome, { description: 'DENIED: someone tried and was refused' })
  outcome!: AuditOutcome;
}

@ObjectType()
export class AccessLogPage {
  @Field(() => [AccessLogEntry])
  entries!: AccessLogEntry[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next (older) page' })
  nextCursor!: string | null;
}
