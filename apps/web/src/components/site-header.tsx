import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { Account } from '@/lib/api-types';
import type { CounsellorRoleName } from '@/lib/session';
import { MenuCloser } from './menu-closer';

/**
 * Server-rendered header: "Logg ut" is a POST form to /logg-ut and the language switch is a link
 * to /sprak, both handled by route handlers. The one client island is the notification bell
 * (`bell`, signed-in visitors only), server-rendered with its count.
 */
export function SiteHeader({
  t,
  viewer,
  counsellorRole = null,
  bell,
}: {
  t: Dictionary;
  viewer: Account | null;
  /** A NAV coordinator or office lead gets the caseload section, a school counsellor the school's. */
  counsellorRole?: CounsellorRoleName | null;
  bell?: ReactNode;
}) {
  const atNav = counsellorRole === 'COORDINATOR' || counsellorRole === 'OFFICE_LEAD';
  const atSchool = viewer?.role === 'COUNSELLOR' && !atNav;
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-logo">
          {t.common.siteName}
        </Link>
        {/* On a phone the menu folds behind "Meny": a native details/summary, so it opens without
            script and by keyboard; on wider screens CSS shows its content as a plain row. */}
        <details className="site-menu">
          <summary className="site-menu__toggle ds-button" data-variant="secondary" data-size="sm">
            {t.common.menu}
          </summary>
          <MenuCloser />
          <nav className="site-nav" aria-label={t.common.mainNav}>
            <ul>
              <li>
                <Link className="ds-link" href="/">
                  {t.common.navSearch}
                </Link>
              </li>
              {viewer?.role === 'EMPLOYER' ? (
                <li>
                  <Link className="ds-link" href="/arbeidsgiver">
                    {t.common.navEmployer}
                  </Link>
                </li>
              ) : null}
              {viewer?.role === 'EMPLOYER' ? (
                <li>
                  <Link className="ds-link" href="/arbeidsgiver/kolleger">
                    {t.identity.colleagues.nav}
                  </Link>
                </li>
              ) : null}
              {viewer?.role === 'YOUTH' ? (
                <li>
                  <Link className="ds-link" href="/mine-dager">
                    {t.common.navMyDays}
                  </Link>
                </li>
              ) : null}
              {viewer?.role === 'YOUTH' ? (
                <li>
                  <Link className="ds-link" href="/mine-soknader">
                    {t.common.navMyApplications}
                  </Link>
                </li>
              ) : null}
              {viewer?.role === 'YOUTH' ? (
                <li>
                  <Link className="ds-link" href="/mine-valg">
                    {t.allocation.navPupil}
                  </Link>
                </li>
              ) : null}
              {atNav ? (
                <li>
                  <Link className="ds-link" href="/veileder">
                    {t.common.navCaseload}
                  </Link>
                </li>
              ) : null}
              {atNav ? (
                <li>
                  <Link className="ds-link" href="/veileder/atte-uker">
                    {t.common.navEightWeeks}
                  </Link>
                </li>
              ) : null}
              {counsellorRole === 'OFFICE_LEAD' ? (
                <li>
                  <Link className="ds-link" href="/veileder/kontor">
                    {t.common.navOffice}
                  </Link>
                </li>
              ) : null}
              {viewer?.role === 'ADMIN' ? (
                <li>
                  <Link className="ds-link" href="/admin/indikatorer">
                    {t.common.navIndicators}
                  </Link>
                </li>
              ) : null}
              {atSchool ? (
                <li>
                  <Link className="ds-link" href="/skole/fordeling">
                    {t.allocation.navCounsellor}
                  </Link>
                </li>
              ) : null}
              {atSchool ? (
                <li>
                  <Link className="ds-link" href="/skole/bookinger">
                    {t.schoolBookings.nav}
                  </Link>
                </li>
              ) : null}
              {atSchool ? (
                <li>
                  <Link className="ds-link" href="/skole/elever" prefetch={false}>
                    {t.identity.pupils.nav}
                  </Link>
                </li>
              ) : null}
              {viewer?.role === 'YOUTH' ? (
                <li>
                  <Link className="ds-link" href="/min-plan">
                    {t.common.navMyPlan}
                  </Link>
                </li>
              ) : null}
              {viewer?.role === 'YOUTH' ? (
                <li>
                  <Link className="ds-link" href="/mine-forslag">
                    {t.common.navMyProposals}
                  </Link>
                </li>
              ) : null}
              {viewer?.role === 'YOUTH' ? (
                <li>
                  <Link className="ds-link" href="/profil">
                    {t.common.navProfile}
                  </Link>
                </li>
              ) : null}
              {viewer?.role === 'YOUTH' ? (
                <li>
                  <Link className="ds-link" href="/personvern">
                    {t.identity.privacy.nav}
                  </Link>
                </li>
              ) : null}
              {viewer ? null : (
                <>
                  <li>
                    <Link className="ds-link" href="/logg-inn">
                      {t.common.signIn}
                    </Link>
                  </li>
                  <li>
                    <Link className="ds-link" href="/registrer">
                      {t.common.signUp}
                    </Link>
                  </li>
                </>
              )}
            </ul>
          </nav>
        </details>
        {/* A plain GET form to the search page: it works before (and without) any script. */}
        <form
          role="search"
          aria-label={t.searchMore.headerSearchLabel}
          method="get"
          action="/"
          className="header-search"
        >
          <label className="ds-sr-only" htmlFor="header-q">
            {t.searchMore.headerSearchLabel}
          </label>
          <input
            className="ds-input"
            data-size="sm"
            type="search"
            id="header-q"
            name="q"
            maxLength={200}
            autoComplete="off"
          />
          <button type="submit" className="ds-button" data-size="sm" data-variant="secondary">
            {t.searchMore.headerSearchSubmit}
          </button>
        </form>
        <div className="site-header__tools">
          {viewer ? (
            <>
              {bell}
              <p
                className="ds-paragraph site-header__who"
                data-size="sm"
                data-testid="signed-in-as"
              >
                {interpolate(t.common.signedInAs, { name: viewer.displayName })}
              </p>
              <form method="post" action="/logg-ut">
                <button type="submit" className="ds-button" data-variant="secondary" data-size="sm">
                  {t.common.signOut}
                </button>
              </form>
            </>
          ) : null}
          {/* A full page load, so the whole page re-renders in the new language. */}
          <a
            className="ds-link"
            href={`/sprak?til=${t.common.switchLanguageLang}`}
            lang={t.common.switchLanguageLang}
            hrefLang={t.common.switchLanguageLang}
          >
            {t.common.switchLanguage}
          </a>
        </div>
      </div>
    </header>
  );
}
