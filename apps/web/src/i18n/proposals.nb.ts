/**
 * Bokmål texts of issue 8 §3–4: proposals (the counsellor's, the young person's and the
 * employer's side) and the 8-week list. Part of `nb` (`nb.proposals`); `proposals.en.ts` must have
 * exactly the same keys. Statuses, decline reasons and shareable fields come from libs/domain.
 */
export const proposalsNb = {
  common: {
    working: 'Jobber …',
    cancel: 'Avbryt',
    generic: 'Noe gikk galt. Prøv igjen om litt.',
    unavailable: 'Vi får ikke hentet forslagene akkurat nå. Prøv igjen om litt.',
    status: 'Status',
    reasonsLabel: 'Hvorfor dette kan passe',
    match: '{percent} % treff',
    sentOn: 'Foreslått {date}',
    by: 'Foreslått av {name}',
    byAt: 'Foreslått av {name}, {organisation}',
    employerAnswer: 'Svar fra arbeidsgiveren',
    youthNote: 'Kommentar fra ungdommen',
    declineReason: 'Grunn',
    history: 'Hva har skjedd',
    errorTitle: 'Det gikk ikke',
  },
  errors: {
    NOT_FOUND: 'Vi fant ikke forslaget eller ungdommen.',
    OPPORTUNITY_CLOSED: 'Muligheten er stengt.',
    ALREADY_PROPOSED: 'Denne ungdommen har allerede et åpent forslag om denne muligheten.',
    ILLEGAL_PROPOSAL_STATUS_CHANGE:
      'Dette kan ikke gjøres med forslaget slik det står nå. Last siden på nytt og se status.',
    NETWORK_ERROR: 'Vi fikk ikke kontakt. Sjekk nettet og prøv igjen.',
    INTERNAL_SERVER_ERROR: 'Noe gikk galt hos oss. Prøv igjen om litt.',
    generic: 'Noe gikk galt. Prøv igjen om litt.',
  },
  counsellor: {
    metaTitle: 'Forslag',
    title: 'Forslag til {name}',
    intro:
      'Her ser du muligheter som kan passe for {name}, med grunnene. Foreslå én med en personlig melding – {name} får beskjed med en gang og svarer selv.',
    back: 'Tilbake til {name}s side',
    basis: {
      MATCHING_PROFILE: 'Rangert etter profilen {name} har fylt ut selv.',
      STRENGTH_MAPPING:
        '{name} har ikke fylt ut en egen profil ennå, så rangeringen bygger på kartleggingen dere har gjort sammen.',
      LOCAL_DEMAND:
        'Verken profil eller kartlegging ennå: listen er rangert etter hva arbeidsgivere i området trenger og avstand fra Kristiansand. Snakk gjerne med {name} først.',
    },
    rankedHeading: 'Muligheter som kan passe',
    chosenHeading: 'Mulighet du har valgt',
    chosenClosed: 'Muligheten er stengt eller finnes ikke lenger, så den kan ikke foreslås.',
    rankedEmpty: 'Vi fant ingen publiserte muligheter som passer akkurat nå.',
    alreadyProposed: 'Allerede foreslått',
    propose: 'Foreslå',
    proposeAria: 'Foreslå «{title}» for {name}',
    messageLabel: 'Personlig melding til {name}',
    messageDescription:
      'Skriv kort hvorfor du tror dette kan passe. Meldingen er påkrevd, minst 10 tegn.',
    messageTooShort: 'Skriv en melding på minst 10 tegn.',
    send: 'Send forslaget',
    sent: 'Forslaget om «{title}» er sendt. {name} får beskjed med en gang.',
    proposalsHeading: 'Forslag du og andre har sendt',
    proposalsEmpty: 'Ingen forslag ennå.',
    withdraw: 'Trekk forslaget',
    withdrawAria: 'Trekk forslaget om «{title}»',
    withdrawn: 'Forslaget om «{title}» er trukket tilbake.',
    markPlaced: 'Marker at {name} har fått plass',
    placed: 'Flott! Oppfølgingen fortsetter i seks måneder.',
    liveHint: 'Statusen oppdateres her av seg selv når ungdommen eller arbeidsgiveren svarer.',
  },
  youth: {
    metaTitle: 'Forslag til meg',
    title: 'Forslag til meg',
    intro:
      'Veilederen din kan foreslå lærlingplasser, jobber og hospitering som kan passe for deg. Du bestemmer selv om du vil si ja.',
    empty: 'Du har ingen forslag ennå. Når veilederen din foreslår noe, dukker det opp her.',
    messageLabel: 'Melding fra veilederen din',
    accept: 'Ja, jeg vil gjerne',
    decline: 'Nei takk',
    acceptAria: 'Ja, jeg vil gjerne – «{title}»',
    declineAria: 'Nei takk – «{title}»',
    shareLegend: 'Hva kan arbeidsgiveren få se om deg?',
    shareHelp:
      'Arbeidsgiveren ser bare det du krysser av, slik det står nå – ikke noe annet, og ingenting du endrer senere. Du kan også si ja uten å dele noe. Da ser de bare at en veileder har foreslått deg.',
    noteLabel: 'Vil du si noe til veilederen din? (valgfritt)',
    reasonLabel: 'Vil du si hvorfor? (valgfritt)',
    reasonNone: 'Vil ikke si',
    sendYes: 'Send ja',
    sendNo: 'Send nei',
    accepted:
      'Du har sagt ja til «{title}». Arbeidsgiveren får se det du valgte å dele, og svarer her.',
    declined:
      'Du har sagt nei til «{title}». Det er helt greit – veilederen din hjelper deg videre.',
    shared: 'Du delte: {fields}',
    sharedNothing: 'Du delte ingen opplysninger om deg selv.',
    employerSaidYes: '{employer} vil gjerne møte deg! Veilederen din hjelper deg med neste steg.',
    employerSaidNo:
      '{employer} kunne ikke ta imot deg denne gangen. Det sier ikke noe om hva du er god for.',
    placed: 'Gratulerer, du har fått plass!',
  },
  employer: {
    metaTitle: 'Kandidater fra veiledere',
    title: 'Kandidater fra veiledere',
    intro:
      'Unge som en veileder har foreslått for plassene deres, og som selv har sagt ja. Du ser bare det kandidaten har valgt å dele. Gi et svar til alle – veilederen hjelper til videre.',
    empty:
      'Ingen kandidater ennå. Når en ung sier ja til et forslag om en av plassene deres, ser du det her.',
    anonymous: 'En kandidat',
    sharedHeading: 'Dette har kandidaten valgt å dele',
    nothingShared:
      'Kandidaten har ikke delt opplysninger om seg selv. Svar gjerne likevel – veilederen formidler kontakten.',
    fields: {
      email: 'E-post',
      age: 'Alder',
      ageYears: '{age} år',
      municipality: 'Hjemkommune',
      interests: 'Interesser',
      strengths: 'Styrker',
      adaptations: 'Tilrettelegging kandidaten trenger',
    },
    answerLegend: 'Ditt svar',
    yes: 'Ja, vi vil gjerne møte kandidaten',
    no: 'Nei, ikke denne gangen',
    messageLabel: 'Melding til kandidaten og veilederen',
    messageDescription: 'Skriv for eksempel når dere kan møtes, eller hvorfor det ikke passer nå.',
    messageRequired: 'Skriv en kort melding.',
    choiceRequired: 'Velg ja eller nei.',
    send: 'Send svaret',
    answered: 'Svaret er sendt. Kandidaten og veilederen har fått beskjed.',
    markPlaced: 'Marker at kandidaten har fått plass',
    placedDone: 'Registrert: kandidaten har fått plass.',
    allPlaces: 'Alle plasser',
    forPlace: 'Plass',
  },
  eightWeeks: {
    metaTitle: '8 uker uten tilbud',
    title: '8 uker uten tilbud',
    introCoordinator:
      'Ungdommer du følger opp som ikke har fått tilbud om arbeid, utdanning, opplæring eller aktivitet på 8 uker eller mer – den som har ventet lengst, står først.',
    introLead:
      'Ungdommer ved kontoret som ikke har fått tilbud om arbeid, utdanning, opplæring eller aktivitet på 8 uker eller mer – den som har ventet lengst, står først.',
    rule: 'Ingen unge skal vente mer enn 8 uker uten et tilbud (8-ukersregelen). Et forslag eller et tilbud på en søknad nullstiller ventetiden.',
    empty: 'Ingen har ventet 8 uker eller mer. Godt jobbet!',
    unavailable: 'Vi får ikke hentet listen akkurat nå. Prøv igjen om litt.',
    caption: 'Ventet 8 uker eller mer, lengst ventetid først',
    youth: 'Ungdom',
    coordinator: 'Koordinator',
    since: 'Venter siden',
    days: 'Dager',
    lastOffer: 'Siste tilbud',
    daysValue: '{days} dager',
    never: 'Ingen tilbud ennå',
    offerKinds: {
      PROPOSAL: 'Forslag',
      APPLICATION_OFFER: 'Tilbud på søknad',
    },
  },
};
