/**
 * Bokmål texts of the programme's indicators (issue 8 §6, /admin/indikatorer). Part of `nb`
 * (`nb.indicators`); `indicators.en.ts` must have exactly the same keys. The names under `figures`
 * are the column headings of the tables and, in bokmål, the same words as the CSV file's
 * "Indikator" column, so a number on the page is found in the file.
 */
export const indicatorsNb = {
  metaTitle: 'Indikatorer for programmet',
  title: 'Indikatorer for Flere i arbeid',
  intro:
    'Programmets tall måned for måned det siste året. Bare summer: ingen navn og ingen opplysninger om enkeltpersoner.',
  privacyNote:
    'I tabellen per skole vises tall fra 1 til 4 som «<5», så ingen enkeltelev kan kjennes igjen. Tall for hele programmet vises nøyaktig.',
  unavailable: 'Vi får ikke hentet tallene akkurat nå. Prøv igjen om litt.',
  downloadCsv: 'Last ned CSV',
  csvHint: 'Semikolon-separert fil for Excel, med de samme tallene som på siden.',
  generated: 'Tall per {time}.',
  showNumbers: 'Vis tallene',
  month: 'Måned',
  noValue: '–',
  legend: 'Forklaring',
  cardsHeading: 'Nøkkeltall',
  cards: {
    booked: 'av elevene på 10. trinn har booket {days} hospiteringsdager',
    attended: 'av elevene har gjennomført {days} hospiteringsdager',
    ofPupils: '{count} av {pupils} elever, skoleåret {year}',
    proposals: 'forslag gitt siste 12 måneder',
    accepted: '{count} takket ja',
    placements: 'plasseringer siste 12 måneder',
    placementsHint: 'Læreplass, jobb, trainee og arbeidstrening',
    median: 'dager fra første kontakt til første tilbud (median)',
    medianHint: '{count} unge fikk sitt første tilbud siste 12 måneder',
    medianNone: 'Ingen tilbud siste 12 måneder',
    load: 'unge i aktiv oppfølging nå',
    loadHint: '{coordinators} koordinatorer, i snitt {average} hver, flest {max}',
    overMax: '{count} koordinatorer over {max}',
    overMaxNone: 'Ingen over {max}',
  },
  figures: {
    pupils: 'Elever på 10. trinn',
    bookedRequired: 'Elever med {days} dager booket',
    attendedRequired: 'Elever med {days} dager gjennomført',
    made: 'Forslag gitt',
    accepted: 'Forslag takket ja til',
    placementAPPRENTICESHIP: 'Plassert: Lærlingplass',
    placementSIMPLE_JOB: 'Plassert: Enkel jobb',
    placementTRAINEE: 'Plassert: Trainee',
    placementWORK_TRIAL: 'Plassert: Arbeidstrening',
    placementHOSPITERING: 'Plassert: Hospitering',
    placements: 'Plasseringer i alt',
    youths: 'Unge med første tilbud',
    medianDays: 'Median dager til første tilbud',
    activeCaseloads: 'Unge i aktiv oppfølging',
    coordinators: 'Koordinatorer med unge',
    averagePerCoordinator: 'Snitt per koordinator',
    maxPerCoordinator: 'Flest hos én koordinator',
    overMax: 'Koordinatorer over {max}',
  },
  kinds: {
    APPRENTICESHIP: 'Lærlingplass',
    SIMPLE_JOB: 'Enkel jobb',
    TRAINEE: 'Trainee',
    WORK_TRIAL: 'Arbeidstrening',
    HOSPITERING: 'Hospitering',
  },
  charts: {
    hospitering: {
      title: 'Elever med {days} hospiteringsdager, per måned',
      description:
        'Elever i skoleårets kull som ved utgangen av måneden hadde booket eller gjennomført minst {days} dager.',
    },
    proposals: {
      title: 'Forslag gitt og takket ja til, per måned',
      description: 'Forslag fra koordinatorer, og hvor mange den unge sa ja til samme måned.',
    },
    placements: {
      title: 'Plasseringer etter type, per måned',
      description:
        'Forslag som endte i plassering, og søknader som endte med ja, etter type mulighet.',
    },
    median: {
      title: 'Dager fra første kontakt til første tilbud (median), per måned',
      description:
        'Første kontakt er den første henvendelsen eller oppfølgingen; tilbud er et forslag eller et tilbud på en søknad. Måneden er når tilbudet kom. 8-ukersregelen: ingen skal vente mer enn 56 dager.',
      rule: '8 uker',
    },
    load: {
      title: 'Koordinatorenes oppfølging ved utgangen av måneden',
      description: 'Snitt og flest unge per koordinator, med makstallet {max} som strek.',
      maxLine: 'Maks {max}',
    },
    summary: '{title}, {from}–{to}. {series}',
    seriesSummary: '{label}: {last} i {lastMonth}, høyest {max} i {maxMonth}.',
    seriesEmpty: '{label}: ingen i perioden.',
  },
  schools: {
    title: 'Per skole, skoleåret {year}',
    school: 'Skole',
    none: 'Ingen kull registrert dette skoleåret.',
  },
};
