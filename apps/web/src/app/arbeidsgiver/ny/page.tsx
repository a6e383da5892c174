import type { Metadata } from 'next';
import { todayInOslo } from '@akselerator/domain';
import { HospiteringForm } from '@/components/employer/hospitering-form';
import { getI18n } from '@/i18n/server';
import {
  municipalities,
  requiredHospiteringFields,
  tradeGroups,
} from '@/lib/hospitering-form-data';
import { requireEmployer } from '@/lib/session';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.newOpportunity.metaTitle };
}

export default async function NewOpportunityPage() {
  await requireEmployer('/arbeidsgiver/ny');
  const { locale, t } = await getI18n();
  return (
    <div className="container page page-narrow">
      <h1 className="ds-heading" data-size="lg" id="new-opportunity-heading">
        {t.newOpportunity.title}
      </h1>
      <p className="ds-paragraph lead" style={{ marginTop: 'var(--ds-size-4)' }}>
        {t.newOpportunity.intro}
      </p>
      <p className="ds-paragraph muted" data-size="sm" style={{ marginTop: 'var(--ds-size-3)' }}>
        {t.newOpportunity.requiredNote}
      </p>
      <HospiteringForm
        locale={locale}
        t={t.newOpportunity}
        errorSummaryTitle={t.auth.errorSummaryTitle}
        genericError={t.auth.genericError}
        today={todayInOslo(new Date())}
        programmes={tradeGroups(locale)}
        municipalities={municipalities}
        requiredFields={requiredHospiteringFields()}
      />
    </div>
  );
}
