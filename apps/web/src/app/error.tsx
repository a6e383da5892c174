'use client';

import { useEffect } from 'react';

// Inlined rather than importing the dictionaries: this boundary ships with every route, and the
// full dictionaries would add to every page's first-load JavaScript.
const TEXT = {
  nb: {
    title: 'Noe gikk galt',
    body: 'Vi får ikke kontakt med tjenesten akkurat nå. Prøv igjen om litt.',
    retry: 'Prøv igjen',
  },
  en: {
    title: 'Something went wrong',
    body: 'We cannot reach the service right now. Please try again in a moment.',
    retry: 'Try again',
  },
};

/** Last-resort boundary for unexpected failures (e.g. the API is down while loading a page). */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const text =
    typeof document !== 'undefined' && document.documentElement.lang === 'en' ? TEXT.en : TEXT.nb;
  return (
    <div className="container page page-narrow stack">
      {/* React hoists this into <head>: the failed page's own metadata never arrived. */}
      <title>{`${text.title} – Akselerator`}</title>
      <h1 className="ds-heading" data-size="lg">
        {text.title}
      </h1>
      <p className="ds-paragraph">{text.body}</p>
      <p>
        <button type="button" className="ds-button" data-variant="primary" onClick={retry}>
          {text.retry}
        </button>
      </p>
    </div>
  );
}
