import { OpportunityStatus } from '@akselerator/domain';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { Account } from '../identity/account.entity';
import { Employer } from '../identity/employer.entity';
import { PasswordHasher } from '../identity/password-hasher';
import { Opportunity } from '../opportunities/opportunity.entity';
import { Slot } from '../opportunities/slot.entity';
import { OutboxEvent, OutboxTopic } from '../outbox/outbox-event.entity';
import { Caseload } from '../organisations/caseload.entity';
import { ClassCode } from '../organisations/class-code.entity';
import { Cohort } from '../organisations/cohort.entity';
import { CohortPupil } from '../organisations/cohort-pupil.entity';
import { CounsellorMembership } from '../organisations/counsellor-membership.entity';
import { EmployerMembership } from '../organisations/employer-membership.entity';
import { NavOffice } from '../organisations/nav-office.entity';
import { School } from '../organisations/school.entity';
import { EmployerRole, Role } from '@akselerator/domain';
import { generateDemoCity, type DemoAccount } from './demo-city.generator';
import { generateDemoCounselling } from './demo-counselling';
import { insertDemoCounselling } from './demo-counselling.insert';
import { DEMO_CLASS_CODE, generateDemoOrganisations } from './demo-organisations';

/**
 * Loads the demo city into an empty database on start (SEED_DEMO_CITY=true). Fixed ids and
 * ON CONFLICT DO NOTHING make it idempotent; the outbox rows make the worker index it.
 */
@Injectable()
export class DemoCitySeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoCitySeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO_CITY) return;
    const loaded = await this.seedIfEmpty();
    this.logger.log({
      msg: loaded ? 'demo city loaded' : 'database already has data; demo city not loaded',
    });
  }

  /** Returns the demo sign-ins (also when the data was there already). */
  async seedIfEmpty(): Promise<boolean> {
    const city = generateDemoCity({ seed: this.config.DEMO_SEED, today: this.clock.today() });
    const organisations = generateDemoOrganisations(
      this.config.DEMO_SEED,
      this.clock.today(),
      city.accounts,
    );
    const counselling = generateDemoCounselling({
      seed: this.config.DEMO_SEED,
      today: this.clock.today(),
      city,
      organisations,
    });
    const signIns = [...city.accounts, ...organisations.accounts, ...counselling.accounts];
    if ((await this.dataSource.getRepository(Employer).count()) > 0) {
      this.printSignIns(signIns);
      return false;
    }
    const passwordHashes = new Map<string, string>();
    for (const account of signIns) {
      const cached =
        passwordHashes.get(account.password) ?? (await this.passwords.hash(account.password));
      passwordHashes.set(account.password, cached);
    }
    const now = this.clock.now();

    await this.dataSource.transaction(async (manager) => {
      const insert = async (entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]) => {
        for (let start = 0; start < rows.length; start += 500) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(entity)
            .values(rows.slice(start, start + 500))
            .orIgnore()
            .execute();
        }
      };
      await insert(
        Employer,
        city.employers.map((employer) => ({
          id: employer.id,
          name: employer.name,
          organisationNumber: employer.organisationNumber,
        })),
      );
      await insert(
        Account,
        signIns.map((account) => ({
          id: account.id,
          email: account.email,
          passwordHash: passwordHashes.get(account.password) ?? null,
          displayName: account.displayName,
          role: account.role,
          employerId: account.employerId ?? null,
        })),
      );
      await insert(
        Opportunity,
        city.opportunities.map((opportunity) => ({
          id: opportunity.id,
          employerId: opportunity.employerId,
          kind: opportunity.kind,
          status: OpportunityStatus.PUBLISHED,
          title: opportunity.title,
          description: opportunity.description,
          tasks: opportunity.tasks,
          practicalInfo: opportunity.practicalInfo,
          programmeCode: opportunity.programmeCode,
          tradeCode: opportunity.tradeCode,
          address: opportunity.address,
          publishedAt: now,
        })),
      );
      await insert(
        Slot,
        city.opportunities.flatMap((opportunity) =>
          opportunity.slots.map((slot) => ({
            ...slot,
            opportunityId: opportunity.id,
            seatsBooked: 0,
          })),
        ),
      );
      await insert(
        OutboxEvent,
        city.opportunities.map((opportunity) => ({
          topic: OutboxTopic.OPPORTUNITY_CHANGED,
          aggregateId: opportunity.id,
        })),
      );
      await insert(
        EmployerMembership,
        city.accounts.flatMap((account) =>
          account.employerId === undefined
            ? []
            : [{ accountId: account.id, employerId: account.employerId, role: EmployerRole.OWNER }],
        ),
      );
      await insert(School, organisations.schools);
      await insert(NavOffice, organisations.navOffices);
      await insert(CounsellorMembership, organisations.counsellorMemberships);
      await insert(
        Cohort,
        organisations.cohorts.map(({ id, schoolId, name, schoolYear }) => ({
          id,
          schoolId,
          name,
          schoolYear,
        })),
      );
      await insert(
        ClassCode,
        organisations.cohorts.map((cohort) => ({
          id: cohort.classCodeId,
          cohortId: cohort.id,
          code: cohort.classCode,
          expiresAt: new Date(`${cohort.classCodeExpiresOn}T23:59:59+01:00`),
        })),
      );
      await insert(
        CohortPupil,
        organisations.cohorts.flatMap((cohort) =>
          cohort.pupilIds.map((youthId) => ({
            youthId,
            cohortId: cohort.id,
            classCodeId: cohort.classCodeId,
            joinedAt: now,
          })),
        ),
      );
      await insert(
        Caseload,
        organisations.caseloads.map((caseload) => ({
          ...caseload,
          startedAt:
            counselling.followedYouthSince?.youthId === caseload.youthId
              ? new Date(counselling.followedYouthSince.startedAt)
              : now,
        })),
      );
      await insertDemoCounselling(manager, counselling);
    });
    this.printSignIns(signIns);
    return true;
  }

  private printSignIns(accounts: DemoAccount[]): void {
    this.logger.log({
      msg: 'demo sign-ins',
      // The pupils of the demo cohorts and the young people of the counselling demo are left out
      // (elev.<n>.<m>@ and ung.<n>@demo.akselerator.no).
      signIns: accounts
        .filter(
          (account) =>
            account.role !== Role.YOUTH ||
            !(account.email.startsWith('elev.') || account.email.startsWith('ung.')),
        )
        .map(({ email, password, role }) => ({ role, email, password })),
      classCode: DEMO_CLASS_CODE,
    });
  }
}
