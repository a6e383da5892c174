import { todayInOslo } from '@akselerator/domain';
import { EMPTY_VALUES, OpportunityForm } from '@/components/employer/opportunity-form';
import { getI18n } from '@/i18n/server';
import { municipalities, tradeGroups } from '@/lib/hospitering-form-data';
import { adaptationChoices, strengthChoices } from '@/lib/opportunity-form-data';
import { requireEmployer } from '@/lib/session';

/** "Ny lærlingplass" and "Ny enkel jobb": the same page around the kind's form. */
export async function NewOpportunityPage({
  kind,
  path,
}: {
  kind: 'APPRENTICESHIP' | 'SIMPLE_JOB';
  path: string;
}) {
  await requireEmployer(path);
  const { locale, t } = await getI18n();
  const f = t.opportunityForm;
  const apprenticeship = kind === 'APPRENTICESHIP';
  return (
    <div className="container page page-narrow">
      <h1 className="ds-heading" data-size="lg" id="opportunity-form-heading">
        {apprenticeship ? f.newApprenticeshipTitle : f.newSimpleJobTitle}
      </h1>
      <p className="ds-paragraph lead" style={{ marginTop: 'var(--ds-size-4)' }}>
        {apprenticeship ? f.newApprenticeshipIntro : f.newSimpleJobIntro}
      </p>
      <p className="ds-paragraph muted" data-size="sm" style={{ marginTop: 'var(--ds-size-3)' }}>
        {f.requiredNote}
      </p>
      <OpportunityForm
        kind={kind}
        initial={EMPTY_VALUES}
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
    </div>
  );
}
