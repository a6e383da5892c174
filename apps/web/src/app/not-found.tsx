import type { Metadata } from 'next';
import Link from 'next/link';
import { getI18n } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.notFound.metaTitle };
}

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="container page page-narrow stack">
      <h1 className="ds-heading" data-size="lg">
        {t.notFound.title}
      </h1>
      <p className="ds-paragraph">{t.notFound.body}</p>
      <p className="ds-paragraph">
        <Link className="ds-link" href="/">
          {t.notFound.link}
        </Link>
      </p>
    </div>
  );
}
