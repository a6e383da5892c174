import { FieldErrorCode, fieldErrorMessage, Locale } from '@akselerator/domain';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FieldValidationException } from '../common/validation/field-validation.exception';
import type { Account } from '../identity/account.entity';
import { IdentityService } from '../identity/identity.service';
import type { UpdateMyProfileInput } from './dtos/update-my-profile.input';
import { YouthProfileRecord } from './youth-profile.entity';

/** A youth reads and edits their own matching profile; nothing but an interest is required. */
@Injectable()
export class YouthProfileService {
  constructor(
    @InjectRepository(YouthProfileRecord) private readonly profiles: Repository<YouthProfileRecord>,
    private readonly identity: IdentityService,
  ) {}

  async getOwn(actor: Account | null): Promise<YouthProfileRecord | null> {
    const youth = this.identity.requireYouth(actor);
    return this.profiles.findOne({ where: { accountId: youth.id } });
  }

  async updateOwn(actor: Account | null, input: UpdateMyProfileInput): Promise<YouthProfileRecord> {
    const youth = this.identity.requireYouth(actor);
    if (input.programmeCodes.length + input.tradeCodes.length === 0) {
      throw new FieldValidationException([
        {
          field: 'tradeCodes',
          code: FieldErrorCode.REQUIRED,
          message: fieldErrorMessage(FieldErrorCode.REQUIRED, Locale.NB),
        },
      ]);
    }
    await this.profiles.upsert(
      {
        accountId: youth.id,
        programmeCodes: [...new Set(input.programmeCodes)],
        tradeCodes: [...new Set(input.tradeCodes)],
        strengths: [...new Set(input.strengths)],
        adaptationsNeeded: [...new Set(input.adaptationsNeeded)],
        kindsWanted: [...new Set(input.kindsWanted)],
        homeMunicipalityCode: input.homeMunicipalityCode ?? null,
        schoolMunicipalityCode: input.schoolMunicipalityCode ?? null,
        maxTravelKm: input.maxTravelKm ?? null,
        birthDate: input.birthDate ?? null,
        consentToBeProposed: input.consentToBeProposed,
      },
      ['accountId'],
    );
    const saved = await this.profiles.findOne({ where: { accountId: youth.id } });
    if (!saved) throw new Error('profile vanished after upsert');
    return saved;
  }
}
