import type { Metadata } from 'next';
import Link from 'next/link';
import { INTAKE_QUESTIONS, Locale, WHAT_MATTERS_RULE } from '@akselerator/domain';
import { IntakeForm, type IntakeQuestionView } from '@/components/counselling/intake/intake-form';
import {
  MY_INTAKE_STATE_QUERY,
  type IntakeRequest,
  type MyCoordinator,
} from '@/components/counselling/intake/intake-operations';
import { LiveRefresh } from '@/components/notifications/live-refresh';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { getI18n } from '@/i18n/server';
import type { NotificationKindName } from '@/lib/api-types';
import { formatInstantDay } from '@/lib/format';
import { graphqlServer } from '@/lib/graphql-server';
import { getViewer, signInPath } from '@/lib/session';
import { querySignedIn } from '@/lib/signed-in-query';

const PATH = '/en-dor-inn';

/** The office placed a waiting request: show the coordinator without a reload. */
const LIVE_KINDS: readonly NotificationKindName[] = ['INTAKE_ROUTED'];

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.intake.metaTitle };
}

function questionViews(locale: Locale): IntakeQuestionView[] {
  const en = locale === Locale.EN;
  return INTAKE_QUESTIONS.map((question) => ({
    field: question.field,
    kind: question.kind,
    label: en ? question.labelEn : question.label,
    hint: en ? question.hintEn : question.hint,
    options: question.options.map((option) => ({
      code: option.code,
      label: en ? option.labelEn : option.label,
    })),
    ...(question.kind === 'TEXT' ? { maxLength: WHAT_MATTERS_RULE.max } : {}),
  }));
}

function RequestStatus({
  request,
  coordinator,
  locale,
  t,
}: {
  request: IntakeRequest | null;
  coordinator: MyCoordinator | null;
  locale: Locale;
  t: Dictionary['intake'];
}) {
  const routed = coordinator !== null;
  return (
    <section
      className="ds-alert"
      data-color={routed ? 'success' : 'info'}
      aria-labelledby="intake-status-heading"
      data-testid="intake-status"
    >
      <h2 className="ds-heading" data-size="xs" id="intake-status-heading">
        {t.statusHeading}
      </h2>
      {routed ? (
        <>
          <p className="ds-paragraph" data-testid="intake-coordinator">
            {interpolate(t.routed, {
              name: coordinator.coordinatorName,
              office: coordinator.navOfficeName,
            })}
          </p>
          <p className="ds-paragraph">{t.routedNext}</p>
          <p className="ds-paragraph">
            <Link className="ds-link" href="/mine-avtaler">
              {t.toAppointments}
            </Link>
          </p>
        </>
      ) : (
        <p className="ds-paragraph">{t.waiting}</p>
      )}
      {request ? (
        <p className="ds-paragraph muted" data-size="sm">
          {interpolate(t.sentOn, { date: formatInstantDay(request.createdAt, locale) })}
        </p>
      ) : null}
    </section>
  );
}

/**
 * "En dør inn": one place for a young person to ask for a personal coordinator. Five short,
 * strength-based questions (never health or diagnoses); then the status: a named coordinator, or
 * the waiting list. Signed-out visitors are asked to sign in and come back here.
 */
export default async function IntakePage() {
  const [{ locale, t }, viewer] = await Promise.all([getI18n(), getViewer()]);
  const m = t.intake;
  const header = (
    <>
      <h1 className="ds-heading" data-size="lg">
        {m.title}
      </h1>
      <p className="ds-paragraph lead">{m.intro}</p>
      <p className="ds-paragraph">{m.noHealth}</p>
    </>
  );
  if (!viewer) {
    return (
      <div className="container page stack">
        {header}
        <p className="ds-paragraph">{m.signedOut}</p>
        <p className="ds-paragraph cluster">
          <Link className="ds-button" data-variant="primary" href={signInPath(PATH)}>
            {m.signIn}
          </Link>{' '}
          <Link
            className="ds-button"
            data-variant="secondary"
            href={`/registrer?neste=${encodeURIComponent(PATH)}`}
          >
            {m.signUp}
          </Link>
        </p>
      </div>
    );
  }
  if (viewer.role !== 'YOUTH') {
    return (
      <div className="container page stack">
        {header}
        <p className="ds-paragraph">{m.notForYouth}</p>
        {viewer.role === 'COUNSELLOR' ? (
          <p className="ds-paragraph">
            <Link className="ds-link" href="/veileder">
              {m.toCaseload}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }
  const state = await querySignedIn(
    PATH,
    'myIntakeState',
    () => graphqlServer(MY_INTAKE_STATE_QUERY),
    'unavailable' as const,
  );
  // Followed now, or waiting: the status. Otherwise (never asked, or a follow-up that ended): ask.
  const showStatus =
    state !== 'unavailable' &&
    (state.myCoordinator !== null || state.myIntakeRequest?.status === 'WAITING');
  return (
    <div className="container page stack-lg">
      <LiveRefresh kinds={LIVE_KINDS} />
      <div className="stack">{header}</div>
      {state === 'unavailable' ? (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{m.unavailable}</p>
        </div>
      ) : showStatus ? (
        <RequestStatus
          request={state.myIntakeRequest}
          coordinator={state.myCoordinator}
          locale={locale}
          t={m}
        />
      ) : (
        <>
          <p className="ds-paragraph">{m.whatNext}</p>
          <IntakeForm questions={questionViews(locale)} t={m} />
        </>
      )}
    </div>
  );
}
