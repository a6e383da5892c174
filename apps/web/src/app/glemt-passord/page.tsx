import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/identity/forgot-password-form';
import { getI18n } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.identity.forgotPassword.metaTitle };
}

/** "Glemt passordet?": asks for a reset link; the answer never tells whether the address is known. */
export default async function ForgotPasswordPage() {
  const { locale, t } = await getI18n();
  const tf = t.identity.forgotPassword;
  return (
    <div className="container page page-narrow stack">
      <h1 className="ds-heading" data-size="lg" id="forgot-heading">
        {tf.title}
      </h1>
      <p className="ds-paragraph">{tf.intro}</p>
      <ForgotPasswordForm locale={locale} t={tf} ta={t.auth} tt={t.identity.tokens} />
      <p className="ds-paragraph">
        <Link className="ds-link" href="/logg-inn">
          {tf.backToSignIn}
        </Link>
      </p>
    </div>
  );
}
