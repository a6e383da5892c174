import type { Metadata } from 'next';
import { NewOpportunityPage } from '@/components/employer/new-opportunity-page';
import { getI18n } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.opportunityForm.newApprenticeshipTitle };
}

export default function NewApprenticeshipPage() {
  return <NewOpportunityPage kind="APPRENTICESHIP" path="/arbeidsgiver/ny/laerlingplass" />;
}
