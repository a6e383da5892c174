'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { Dictionary } from '@/i18n/dictionary';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { safeClientPath } from './safe-path';
import { navigateAfterAuth } from '../forms/navigate-after-auth';
import { COMPLETE_OIDC_SIGN_IN_MUTATION } from './identity-operations';
import { OIDC_NEXT_KEY } from './oidc-sign-in-button';

type Texts = Dictionary['identity']['oidcCallback'];

function messageFor(error: unknown, t: Texts): string {
  if (!(error instanceof GraphQLRequestError)) return t.failed;
  switch (error.code) {
    case 'OIDC_EMAIL_MISSING':
      return t.emailMissing;
    case 'OIDC_ACCOUNT_NOT_LINKABLE':
      return t.notLinkable;
    case 'OIDC_NOT_CONFIGURED':
      return t.notConfigured;
    case 'TOO_MANY_ATTEMPTS':
      return t.tooMany;
    default:
      return t.failed;
  }
}

function storedNext(): string | undefined {
  try {
    const value = sessionStorage.getItem(OIDC_NEXT_KEY) ?? undefined;
    sessionStorage.removeItem(OIDC_NEXT_KEY);
    return safeClientPath(value);
  } catch {
    return undefined;
  }
}

/**
 * The provider sent the browser back here with `code` and `state`: the API checks them against
 * the cookie it set (state, nonce, PKCE), links or makes the account and starts the session. The
 * whole address goes to the API as it is; nothing of it is shown or kept. `initialProblem` is the
 * server page's verdict on an address without a code, or with the provider's error.
 */
export function OidcCallback({ t, initialProblem }: { t: Texts; initialProblem: string | null }) {
  const [problem, setProblem] = useState<string | null>(initialProblem);
  const started = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (started.current || initialProblem) return;
    started.current = true;
    graphqlClient(COMPLETE_OIDC_SIGN_IN_MUTATION, {
      input: { callbackUrl: window.location.href },
    })
      .then((data) => {
        navigateAfterAuth(data.completeOidcSignIn.role, storedNext());
      })
      .catch((error: unknown) => {
        setProblem(messageFor(error, t));
      });
  }, [t, initialProblem]);

  useEffect(() => {
    if (problem) headingRef.current?.focus();
  }, [problem]);

  if (!problem) {
    return (
      <p className="ds-paragraph" role="status">
        {t.working}
      </p>
    );
  }
  return (
    <div className="ds-alert" data-color="danger">
      <h2 className="ds-heading" data-size="xs" tabIndex={-1} ref={headingRef}>
        {t.failedTitle}
      </h2>
      <p className="ds-paragraph">{problem}</p>
      <p className="ds-paragraph">
        <Link className="ds-link" href="/logg-inn">
          {t.tryAgain}
        </Link>
      </p>
    </div>
  );
}
