import type { Metadata } from 'next';
import {
  ADAPTATIONS,
  AGDER_MUNICIPALITIES,
  Locale,
  PROGRAMMES,
  STRENGTHS,
} from '@akselerator/domain';
import { ProfileForm, type Choice, type ProgrammeChoice } from '@/components/profile/profile-form';
import { RecommendedSection } from '@/components/recommendations/recommended-section';
import { getI18n } from '@/i18n/server';
import type { YouthProfile } from '@/lib/api-types';
import { graphqlServer } from '@/lib/graphql-server';
import { querySignedIn } from '@/lib/signed-in-query';
import { MY_PROFILE_QUERY } from '@/lib/profile-operations';
import { loadRecommendations } from '@/lib/recommendations-server';
import { requireYouth } from '@/lib/session';

const PATH = '/profil';

/** How many suggestions to show under the form. */
const RECOMMENDATIONS = 6;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.profile.metaTitle };
}

/** The saved profile, null before the first save, or 'unavailable' when the API cannot say. */
function loadProfile(): Promise<YouthProfile | null | 'unavailable'> {
  return querySignedIn(
    PATH,
    'myProfile',
    async () => (await graphqlServer(MY_PROFILE_QUERY)).myProfile,
    'unavailable',
  );
}

export default async function ProfilePage() {
  await requireYouth(PATH);
  const [{ locale, t }, profile, recommendations] = await Promise.all([
    getI18n(),
    loadProfile(),
    loadRecommendations(RECOMMENDATIONS),
  ]);
  const en = locale === Locale.EN;

  // Labels from the shared taxonomy, prepared here so the form island never loads the domain.
  const programmes: ProgrammeChoice[] = PROGRAMMES.map((programme) => ({
    code: programme.code,
    label: en ? programme.labelEn : programme.label,
    trades: programme.trades.map((trade) => ({
      code: trade.code,
      label: en ? trade.labelEn : trade.label,
    })),
  }));
  const strengths: Choice[] = STRENGTHS.map((strength) => ({
    code: strength.code,
    label: en ? strength.labelEn : strength.label,
  }));
  const adaptations: Choice[] = ADAPTATIONS.map((adaptation) => ({
    code: adaptation.code,
    label: en ? adaptation.labelEn : adaptation.label,
  }));
  const municipalities: Choice[] = AGDER_MUNICIPALITIES.map((municipality) => ({
    code: municipality.code,
    label: municipality.name,
  }));

  return (
    <div className="container page page-narrow stack-lg">
      <div className="stack">
        <h1 className="ds-heading" data-size="lg">
          {t.profile.title}
        </h1>
        <p className="ds-paragraph lead">{t.profile.intro}</p>
      </div>
      {profile === 'unavailable' ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{t.profile.unavailable}</p>
        </div>
      ) : (
        <ProfileForm
          initial={profile}
          programmes={programmes}
          strengths={strengths}
          adaptations={adaptations}
          municipalities={municipalities}
          t={t.profile}
          generic={t.bookingErrors.generic}
          networkError={t.bookingErrors.NETWORK_ERROR}
          apiMessagesFit={!en}
        />
      )}
      <RecommendedSection list={recommendations} locale={locale} t={t} onProfilePage />
    </div>
  );
}
