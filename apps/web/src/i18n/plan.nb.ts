/**
 * Bokmål texts for the strength-based mapping and the individual plan (issue 8 §2): the
 * coordinator's page for one young person (/veileder/ungdom/[youthId]) and the young person's own
 * plan (/min-plan). Part of `nb` (`nb.plan`); `plan.en.ts` has the same keys.
 */
export const planNb = {
  // The frame of the coordinator's page for one young person
  metaTitle: 'Ungdom du følger',
  back: 'Tilbake til mine ungdommer',
  tabsLabel: 'Sider om {name}',
  tabPlan: 'Plan og kartlegging',
  tabProposals: 'Forslag',
  tabAppointments: 'Avtaler',
  loggedNotice: 'Det står i loggen til ungdommen at du har åpnet siden.',
  unavailable: 'Vi fikk ikke hentet siden akkurat nå. Last inn på nytt om litt.',

  // The mapping
  pageMetaTitle: 'Plan og kartlegging',
  mappingHeading: 'Kartlegging',
  mappingIntro:
    'Fyll ut sammen med ungdommen. Start med det hen er god på og liker, ikke med det som er vanskelig.',
  noHealthHeading: 'Hvorfor er det ikke noe felt for helse eller diagnoser?',
  interests: 'Interesser',
  interestsDescription: 'Korte stikkord, skilt med komma. For eksempel: fotball, matlaging, data.',
  strengths: 'Styrker',
  strengthsDescription: 'Hva er ungdommen god på? Velg alt som passer.',
  adaptations: 'Praktisk tilrettelegging',
  adaptationsDescription:
    'Hva skal til for at en arbeidsplass fungerer godt? Bare det praktiske – aldri hvorfor.',
  dreams: 'Drømmer',
  dreamsDescription: 'Hva drømmer ungdommen om å jobbe med eller få til?',
  workExperience: 'Erfaring fra jobb og fritid',
  workExperienceDescription: 'Sommerjobber, dugnad, verv, ting hen har fikset hjemme – alt teller.',
  goals: 'Mål',
  goalsDescription: 'Hva vil ungdommen oppnå det neste året?',
  saveMapping: 'Lagre kartleggingen',
  saving: 'Lagrer …',
  mappingSaved: 'Kartleggingen er lagret.',
  mappingNotYet: 'Kartleggingen er ikke fylt ut ennå.',
  errorSummaryTitle: 'Noe må rettes før vi kan lagre',
  genericError: 'Noe gikk galt, og ingenting ble lagret. Det du skrev er ikke borte – prøv igjen.',
  notFoundError:
    'Du har ikke lenger tilgang til denne ungdommen, eller det du endret finnes ikke lenger. Last inn siden på nytt.',

  // The plan
  planHeading: 'Plan',
  planIntro: 'Målet, når planen starter, og delmålene på veien. Ungdommen ser planen på Min plan.',
  noPlanYet:
    'Det er ingen plan ennå. Skriv målet og når planen starter, så kan du legge til delmål.',
  goal: 'Mål for planen',
  goalDescription: 'Kort og konkret, for eksempel «Lærlingplass som kokk».',
  startsOn: 'Planen starter',
  createPlan: 'Lag planen',
  savePlan: 'Lagre mål og start',
  planSaved: 'Planen er lagret.',
  version: 'Versjon {version}',
  milestonesHeading: 'Delmål',
  noMilestones: 'Ingen delmål ennå.',
  milestoneTitle: 'Delmål',
  dueOn: 'Frist',
  owner: 'Hvem gjør det',
  due: 'Frist {date}',
  doneStatus: 'Gjort',
  openStatus: 'Ikke gjort ennå',
  markDone: 'Marker som gjort',
  markUndone: 'Angre: ikke gjort',
  markDoneAria: 'Marker som gjort: «{title}»',
  markUndoneAria: 'Angre: ikke gjort – «{title}»',
  edit: 'Endre',
  editAria: 'Endre «{title}»',
  remove: 'Fjern',
  removeAria: 'Fjern «{title}»',
  confirmRemove: 'Vil du fjerne «{title}» fra planen?',
  cancel: 'Avbryt',
  saveMilestone: 'Lagre delmålet',
  addMilestoneHeading: 'Legg til et delmål',
  addMilestone: 'Legg til delmålet',
  milestoneSaved: 'Delmålet er lagret.',

  // Comments
  commentsHeading: 'Notater og kommentarer',
  noComments: 'Ingen kommentarer ennå.',
  comment: 'Skriv en kommentar',
  commentDescription: 'Ungdommen og koordinatoren ser begge det du skriver her.',
  sendComment: 'Send kommentaren',
  commentSent: 'Kommentaren er sendt.',
  you: 'Du',

  // The timeline
  timelineHeading: 'Historikk',
  timelineIntro: 'Alle endringer i planen, nyeste først.',
  byline: '{name} ({role})',

  // The young person's own page
  myMetaTitle: 'Min plan',
  myHeading: 'Min plan',
  myIntro:
    'Dette er planen du og koordinatoren din lager sammen. Du kan krysse av delmål når de er gjort, og skrive en kommentar.',
  myCoordinator: 'Koordinatoren din er {name}.',
  myWithCoordinatorNav: 'Sammen med koordinatoren din',
  myAppointmentsLink: 'Mine avtaler',
  myProposalsLink: 'Forslag til meg',
  myNoPlan: 'Du har ingen plan ennå.',
  myNoPlanWithCoordinator:
    'Når du og {name} møtes, lager dere planen sammen. Den dukker opp her med en gang den er laget.',
  myNoCoordinator:
    'For å få en plan trenger du en personlig koordinator: én person som følger deg hele veien til jobb eller skole.',
  getCoordinator: 'Få en koordinator',
  myGoal: 'Målet ditt',
  myStarted: 'Planen startet {date}.',
  myMilestonesHeading: 'Delmålene dine',
  myMappingHeading: 'Det vi har funnet ut om deg',
  myMappingIntro: 'Dette har du og koordinatoren din skrevet ned sammen.',
  myInterests: 'Du liker',
  myStrengths: 'Du er',
  myAdaptations: 'Dette hjelper deg på jobb',
  myDreams: 'Drømmene dine',
  myWorkExperience: 'Erfaringen din',
  myGoals: 'Målene dine',
  myUnavailable: 'Vi fikk ikke hentet planen din akkurat nå. Last inn siden på nytt om litt.',
};
