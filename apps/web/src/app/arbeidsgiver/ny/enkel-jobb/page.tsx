import type { Metadata } from 'next';
import { NewOpportunityPage } from '@/components/employer/new-opportunity-page';
import { getI18n } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.opportunityForm.newSimpleJobTitle };
}

export default function NewSimpleJobPage() {
  return <NewOpportunityPage kind="SIMPLE_JOB" path="/arbeidsgiver/ny/enkel-jobb" />;
}
