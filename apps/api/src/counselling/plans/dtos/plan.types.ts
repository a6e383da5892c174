import { MilestoneOwner } from '@akselerator/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(MilestoneOwner, {
  name: 'MilestoneOwner',
  description: 'Who is to do a milestone: the young person, the coordinator, or both together',
});

@ObjectType({ description: 'One step (delmål) towards the plan’s goal' })
export class Milestone {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'YYYY-MM-DD, never before the plan starts' })
  dueOn!: string;

  @Field(() => MilestoneOwner)
  owner!: MilestoneOwner;

  @Field(() => Date, { nullable: true, description: 'When it was marked done; null while open' })
  doneAt!: Date | null;

  @Field(() => Int, { description: 'Order in the plan, from 0' })
  position!: number;
}

@ObjectType({ description: 'A note on the plan by the young person or their coordinator' })
export class PlanComment {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field({ description: "The author's name, or «Slettet bruker»" })
  authorName!: string;

  @Field({ description: 'Ungdom, Personlig koordinator, …' })
  authorRoleLabel!: string;

  @Field({ description: 'The reader wrote it' })
  mine!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'One change of the plan, for its timeline' })
export class PlanVersion {
  @Field(() => Int)
  version!: number;

  @Field({ description: 'One Norwegian sentence; «Du …» when the reader made the change' })
  summary!: string;

  @Field()
  changedByName!: string;

  @Field({ description: 'Ungdom, Personlig koordinator, Leder, NAV-kontor' })
  changedByRoleLabel!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: "A young person's individual plan (handlingsplan)" })
export class Plan {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  youthId!: string;

  @Field()
  goal!: string;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => Int, { description: 'Goes up by one with every change' })
  version!: number;

  @Field()
  updatedAt!: Date;

  @Field(() => [Milestone], { description: 'In plan order' })
  milestones!: Milestone[];

  @Field(() => [PlanComment], { description: 'Oldest first' })
  comments!: PlanComment[];

  @Field(() => [PlanVersion], { description: 'The timeline, newest first' })
  versions!: PlanVersion[];

  @Field({ description: 'The reader may edit the goal and milestones (the coordinator)' })
  canEdit!: boolean;
}

@ObjectType({
  description:
    'The strength-based mapping: interests, strengths, dreams, work experience, practical adaptations and goals. Never diagnoses or health.',
})
export class StrengthMapping {
  @Field(() => ID)
  youthId!: string;

  @Field(() => [String], { description: 'Short free tags' })
  interests!: string[];

  @Field(() => [String], { description: 'Strength codes (libs/domain strengths)' })
  strengths!: string[];

  @Field()
  dreams!: string;

  @Field()
  workExperience!: string;

  @Field(() => [String], { description: 'Adaptation codes (libs/domain adaptations)' })
  adaptations!: string[];

  @Field()
  goals!: string;

  @Field()
  updatedAt!: Date;
}

@ObjectType({ description: "The young person's own plan page" })
export class MyPlan {
  @Field(() => Plan, { nullable: true, description: 'Null until the coordinator has made one' })
  plan!: Plan | null;

  @Field(() => StrengthMapping, { nullable: true })
  mapping!: StrengthMapping | null;

  @Field(() => String, {
    nullable: true,
    description: "The personal coordinator's name; null when nobody follows the young person yet",
  })
  coordinatorName!: string | null;
}
