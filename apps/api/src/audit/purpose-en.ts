/**
 * The access log's "why" in English, for the privacy page in English. Purposes are written in
 * Norwegian where the access happens (the record must read the same later), so the known wordings
 * are matched here; anything else (a counsellor's own words, a new wording) is shown as written.
 */
const PATTERNS: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^Din egen bruker$/, () => 'Your own account'],
  [/^Ingen tilgang$/, () => 'No access'],
  [/^Ingen tilgang til å endre planen$/, () => 'No access to change the plan'],
  [/^Koordinatoren hadde ikke ledig kapasitet$/, () => 'The coordinator had no free capacity'],
  [
    /^Rådgiver ved (.+), oppfølging av hospitering$/,
    (at) => `School counsellor at ${at}, following up work experience`,
  ],
  [/^Rådgiver ved (.+), klasseoversikt$/, (at) => `School counsellor at ${at}, class overview`],
  [
    /^Rådgiver ved (.+): fordelingsrunden «(.+)» \(valgene dine\)$/,
    (at, round) => `School counsellor at ${at}: the allocation round «${round}» (your choices)`,
  ],
  [
    /^Koordinatoren din ved (.+), oppfølging mot jobb eller skole$/,
    (at) => `Your coordinator at ${at}, support towards work or school`,
  ],
  [
    /^Koordinatoren din ved (.+), oversikt over dem hen følger opp$/,
    (at) => `Your coordinator at ${at}, overview of the people they follow up`,
  ],
  [
    /^Koordinatoren din ved (.+), avtale med deg$/,
    (at) => `Your coordinator at ${at}, an appointment with you`,
  ],
  [/^Oppfølging ved (.+)$/, (at) => `Follow-up at ${at}`],
  [/^(.+): oppfølging av 8-ukersregelen$/, (at) => `${at}: following up the 8-week rule`],
  [
    /^Fordelte forespørselen din om koordinator ved (.+)$/,
    (at) => `Assigned your request for a coordinator at ${at}`,
  ],
  [/^Forslag fra veileder til «(.+)»$/, (title) => `A counsellor's proposal for «${title}»`],
  [/^Søknad på «(.+)»$/, (title) => `Application for «${title}»`],
  [
    /^Lastet ned en kopi av alle dataene dine \(lenke sendt til foresatt\)$/,
    () => 'Downloaded a copy of all your data (link sent to your guardian)',
  ],
];

export function purposeInEnglish(purpose: string): string {
  for (const [pattern, english] of PATTERNS) {
    const match = pattern.exec(purpose);
    if (match) return english(...match.slice(1));
  }
  return purpose;
}
