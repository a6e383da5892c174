import { CounsellorRole, FieldErrorCode, Role } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/uuid';
import type { Account } from '../identity/account.entity';
import { IdentityErrorCode, IdentityException } from '../identity/identity.exception';
import { IdentityService } from '../identity/identity.service';
import { MailTemplates } from '../mail/mail-templates';
import { Mailer } from '../mail/mailer';
import type { AddCounsellorInput, CreateOrganisationInput } from './dtos/organisation.inputs';
import {
  OrganisationKind,
  type OrganisationSummary,
  type StaffMember,
} from './dtos/organisation.types';
import { fieldError } from './field-error';
import { OrganisationErrorCode, OrganisationException } from './organisations.exception';
import { welcomeCounsellorMail } from './invitation-mail';

const PG_UNIQUE_VIOLATION = '23505';

const STAFF_SELECT = `
  SELECT a.id AS "accountId", a.display_name AS "displayName", a.email, m.role,
         coalesce(m.school_id, m.nav_office_id) AS "organisationId",
         coalesce(s.name, n.name) AS "organisationName"
    FROM counsellor_membership m
    JOIN account a ON a.id = m.account_id
    LEFT JOIN school s ON s.id = m.school_id
    LEFT JOIN nav_office n ON n.id = m.nav_office_id`;

/**
 * Programme admins register schools and NAV offices and place counsellors in them. A counsellor
 * account made here has no password: the welcome e-mail asks them to choose one ("Glemt passord").
 */
@Injectable()
export class StaffAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly mailer: Mailer,
    private readonly templates: MailTemplates,
  ) {}

  async organisations(actor: Account | null): Promise<OrganisationSummary[]> {
    this.requireAdmin(actor);
    return this.dataSource.query<OrganisationSummary[]>(
      `SELECT $1 AS kind, s.id, s.name, s.municipality_code AS "municipalityCode",
              (SELECT count(*)::int FROM counsellor_membership m WHERE m.school_id = s.id) AS "counsellorCount"
         FROM school s
       UNION ALL
       SELECT $2, n.id, n.name, n.municipality_code,
              (SELECT count(*)::int FROM counsellor_membership m WHERE m.nav_office_id = n.id)
         FROM nav_office n
       ORDER BY kind DESC, name`,
      [OrganisationKind.SCHOOL, OrganisationKind.NAV_OFFICE],
    );
  }

  async createOrganisation(
    actor: Account | null,
    kind: OrganisationKind.SCHOOL | OrganisationKind.NAV_OFFICE,
    input: CreateOrganisationInput,
  ): Promise<OrganisationSummary> {
    this.requireAdmin(actor);
    const table = kind === OrganisationKind.SCHOOL ? 'school' : 'nav_office';
    try {
      const [row] = await this.dataSource.query<{ id: string }[]>(
        `INSERT INTO ${table} (name, municipality_code) VALUES ($1, $2) RETURNING id`,
        [input.name, input.municipalityCode],
      );
      return {
        kind,
        id: row?.id ?? '',
        name: input.name,
        municipalityCode: input.municipalityCode,
        counsellorCount: 0,
      };
    } catch (error) {
      if ((error as { code?: string }).code === PG_UNIQUE_VIOLATION) {
        throw new OrganisationException(OrganisationErrorCode.ORGANISATION_EXISTS);
      }
      throw error;
    }
  }

  async staff(actor: Account | null, organisationId: string): Promise<StaffMember[]> {
    this.requireAdmin(actor);
    if (!isUuid(organisationId)) return [];
    return this.dataSource.query<StaffMember[]>(
      `${STAFF_SELECT} WHERE m.school_id = $1 OR m.nav_office_id = $1 ORDER BY a.display_name, a.id`,
      [organisationId],
    );
  }

  /** Places a counsellor (made now if the e-mail is new) in a school or NAV office; moves them if placed elsewhere. */
  async addCounsellor(actor: Account | null, input: AddCounsellorInput): Promise<StaffMember> {
    this.requireAdmin(actor);
    const isSchoolRole = input.role === CounsellorRole.SCHOOL_COUNSELLOR;
    const organisationName = await this.organisationName(
      isSchoolRole ? 'school' : 'nav_office',
      input.organisationId,
    );
    if (organisationName === null) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    const created = await this.dataSource.transaction(async (manager) => {
      const [existing] = await manager.query<{ id: string; role: Role }[]>(
        `SELECT id, role FROM account WHERE email = $1 FOR UPDATE`,
        [input.email],
      );
      if (existing && existing.role !== Role.COUNSELLOR) {
        throw fieldError('email', FieldErrorCode.EMAIL_TAKEN);
      }
      const [account] = existing
        ? [existing]
        : await manager.query<{ id: string }[]>(
            `INSERT INTO account (email, password_hash, display_name, role) VALUES ($1, NULL, $2, $3) RETURNING id`,
            [input.email, input.displayName, Role.COUNSELLOR],
          );
      await manager.query(
        `INSERT INTO counsellor_membership (account_id, role, school_id, nav_office_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id) DO UPDATE
           SET role = EXCLUDED.role, school_id = EXCLUDED.school_id, nav_office_id = EXCLUDED.nav_office_id`,
        [
          account?.id,
          input.role,
          isSchoolRole ? input.organisationId : null,
          isSchoolRole ? null : input.organisationId,
        ],
      );
      return { accountId: account?.id ?? '', isNew: !existing };
    });
    if (created.isNew) {
      this.mailer.sendInBackground(
        welcomeCounsellorMail({
          to: input.email,
          displayName: input.displayName,
          organisationName,
          url: `${this.templates.webUrl}/logg-inn`,
        }),
      );
    }
    const [member] = await this.dataSource.query<StaffMember[]>(`${STAFF_SELECT} WHERE a.id = $1`, [
      created.accountId,
    ]);
    if (!member) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    return member;
  }

  /** Takes a counsellor out of their organisation: their access to young people ends at once. */
  async removeCounsellor(actor: Account | null, accountId: string): Promise<boolean> {
    this.requireAdmin(actor);
    if (!isUuid(accountId)) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    const [, removed] = await this.dataSource.query<[unknown[], number]>(
      `DELETE FROM counsellor_membership WHERE account_id = $1`,
      [accountId],
    );
    if (removed === 0) throw new OrganisationException(OrganisationErrorCode.NOT_FOUND);
    return true;
  }

  private requireAdmin(actor: Account | null): Account {
    const account = this.identity.requireSignedIn(actor);
    if (account.role !== Role.ADMIN) throw new IdentityException(IdentityErrorCode.FORBIDDEN);
    return account;
  }

  private async organisationName(
    table: 'school' | 'nav_office',
    id: string,
  ): Promise<string | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.dataSource.query<{ name: string }[]>(
      `SELECT name FROM ${table} WHERE id = $1`,
      [id],
    );
    return row?.name ?? null;
  }
}
