import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OpportunityStatus, todayInOslo } from '@akselerator/domain';
import { OpportunityForm } from '@/components/employer/opportunity-form';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import { loadOwnOpportunity } from '@/lib/own-opportunity';
import { municipalities, tradeGroups } from '@/lib/hospitering-form-data';
import { adaptationChoices, formValuesOf, strengthChoices } from '@/lib/opportunity-form-data';
import { requireEmployer } from '@/lib/session';

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [{ id }, { t }] = await Promise.all([params, getI18n()]);
  const opportunity = await loadOwnOpportunity(id, `/arbeidsgiver/${id}/endre`);
  return {
    title: opportunity
      ? interpolate(t.opportunityForm.editTitle, { title: opportunity.title })
      : t.opportunityForm.saveChanges,
  };
}

export default async function EditOpportunityPage({ params }: PageProps) {
  const { id } = await params;
  const path = `/arbeidsgiver/${encodeURIComponent(id)}/endre`;
  const viewer = await requireEmployer(path);
  const [{ locale, t }, opportunity] = await Promise.all([getI18n(), loadOwnOpportunity(id, path)]);
  if (opportunity === undefined) {
    return (
      <div className="container page page-narrow">
        <h1 className="ds-heading" data-size="lg">
          {t.opportunityForm.saveChanges}
        </h1>
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{t.opportunityForm.unavailable}</p>
        </div>
      </div>
    );
  }
  if (!opportunity || opportunity.employer.id !== viewer.employer?.id) notFound();

  const f = t.opportunityForm;
  return (
    <div className="container page page-narrow">
      <h1 className="ds-heading" data-size="lg" id="opportunity-form-heading">
        {interpolate(f.editTitle, { title: opportunity.title })}
      </h1>
      <p className="ds-paragraph" data-size="sm">
        <span className="ds-tag" data-color="brand1">
          {t.kinds[opportunity.kind]}
        </span>{' '}
        <span className="ds-tag" data-color="neutral">
          {t.statuses[opportunity.status]}
        </span>
      </p>
      {opportunity.status === OpportunityStatus.ARCHIVED ? (
        <div className="ds-alert" data-color="info" style={{ marginTop: 'var(--ds-size-4)' }}>
          <p className="ds-paragraph">{f.notEditable}</p>
          <p className="ds-paragraph">
            <Link className="ds-link" href="/arbeidsgiver">
              {t.employerApplications.back}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p className="ds-paragraph lead" style={{ marginTop: 'var(--ds-size-4)' }}>
            {f.editIntro}
          </p>
          <OpportunityForm
            kind={opportunity.kind}
            edit={{
              id: opportunity.id,
              stored: {
                startDate: opportunity.startDate,
                applicationDeadline: opportunity.applicationDeadline,
              },
            }}
            initial={formValuesOf(opportunity)}
            locale={locale}
            t={f}
            errorSummaryTitle={t.auth.errorSummaryTitle}
            genericError={t.auth.genericError}
            today={todayInOslo(new Date())}
            programmes={tradeGroups(locale)}
            municipalities={municipalities}
            adaptations={adaptationChoices(locale)}
            strengths={strengthChoices(locale)}
            headingId="opportunity-form-heading"
          />
        </>
      )}
    </div>
  );
}
