import type { EntityManager } from 'typeorm';
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

/**
 * What a young person may choose to share, as stored now (account and matching profile); null
 * when the account is gone. Applications and proposals both freeze their snapshot from this.
 */
export async function loadSnapshotSource(
  manager: EntityManager,
  youthId: string,
): Promise<SnapshotSource | null> {
  const rows: {
    display_name: string;
    email: string;
    birth_date: string | null;
    home_municipality_code: string | null;
    programme_codes: string[] | null;
    trade_codes: string[] | null;
    strengths: string[] | null;
    adaptations_needed: string[] | null;
  }[] = await manager.query(
    `SELECT a.display_name, a.email, p.birth_date::text AS birth_date, p.home_municipality_code,
            p.programme_codes, p.trade_codes, p.strengths, p.adaptations_needed
       FROM account a LEFT JOIN youth_profile p ON p.account_id = a.id
      WHERE a.id = $1`,
    [youthId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    displayName: row.display_name,
    email: row.email,
    birthDate: row.birth_date,
    homeMunicipalityCode: row.home_municipality_code,
    programmeCodes: row.programme_codes ?? [],
    tradeCodes: row.trade_codes ?? [],
    strengths: row.strengths ?? [],
    adaptationsNeeded: row.adaptations_needed ?? [],
  };
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
