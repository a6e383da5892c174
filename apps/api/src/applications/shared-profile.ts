import { ApplicationSharedField, findMunicipality } from '@akselerator/domain';
import { Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * The profile values a youth chose to share, frozen when they applied: the employer sees exactly
 * this, whatever the profile says later. A field that was not shared is absent (null on the wire).
 */
export interface SharedSnapshot {
  name?: string;
  email?: string;
  age?: number | null;
  homeMunicipalityCode?: string | null;
  programmeCodes?: string[];
  tradeCodes?: string[];
  strengths?: string[];
  adaptationsNeeded?: string[];
}

/** What the snapshot is taken from: the account and (if the youth has one) the matching profile. */
export interface SnapshotSource {
  displayName: string;
  email: string;
  birthDate: string | null;
  homeMunicipalityCode: string | null;
  programmeCodes: string[];
  tradeCodes: string[];
  strengths: string[];
  adaptationsNeeded: string[];
}

function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Copies the chosen fields, and only those. */
export function takeSnapshot(
  fields: readonly ApplicationSharedField[],
  source: SnapshotSource,
  today: string,
): SharedSnapshot {
  const snapshot: SharedSnapshot = {};
  for (const field of fields) {
    switch (field) {
      case ApplicationSharedField.NAME:
        snapshot.name = source.displayName;
        break;
      case ApplicationSharedField.EMAIL:
        snapshot.email = source.email;
        break;
      case ApplicationSharedField.AGE:
        snapshot.age = source.birthDate ? ageOn(source.birthDate, today) : null;
        break;
      case ApplicationSharedField.HOME_MUNICIPALITY:
        snapshot.homeMunicipalityCode = source.homeMunicipalityCode;
        break;
      case ApplicationSharedField.INTERESTS:
        snapshot.programmeCodes = [...source.programmeCodes];
        snapshot.tradeCodes = [...source.tradeCodes];
        break;
      case ApplicationSharedField.STRENGTHS:
        snapshot.strengths = [...source.strengths];
        break;
      case ApplicationSharedField.ADAPTATIONS_NEEDED:
        snapshot.adaptationsNeeded = [...source.adaptationsNeeded];
        break;
    }
  }
  return snapshot;
}

/** The shared snapshot as the employer (and the youth) see it. Null: not shared. */
@ObjectType()
export class SharedProfile {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Whole years when applying (null also when shared but not in the profile)',
  })
  age!: number | null;

  @Field(() => String, { nullable: true })
  homeMunicipalityCode!: string | null;

  @Field(() => String, { nullable: true })
  homeMunicipalityName!: string | null;

  @Field(() => [String], { nullable: true, description: 'Interests: programme codes' })
  programmeCodes!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Interests: trade codes' })
  tradeCodes!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Strength codes' })
  strengths!: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Adaptation codes, never diagnoses' })
  adaptationsNeeded!: string[] | null;

  static from(snapshot: SharedSnapshot): SharedProfile {
    const profile = new SharedProfile();
    profile.name = snapshot.name ?? null;
    profile.email = snapshot.email ?? null;
    profile.age = snapshot.age ?? null;
    profile.homeMunicipalityCode = snapshot.homeMunicipalityCode ?? null;
    profile.homeMunicipalityName = snapshot.homeMunicipalityCode
      ? (findMunicipality(snapshot.homeMunicipalityCode)?.name ?? null)
      : null;
    profile.programmeCodes = snapshot.programmeCodes ?? null;
    profile.tradeCodes = snapshot.tradeCodes ?? null;
    profile.strengths = snapshot.strengths ?? null;
    profile.adaptationsNeeded = snapshot.adaptationsNeeded ?? null;
    return profile;
  }
}
