import { Adaptation, MilestoneOwner, OpportunityKind, Strength } from '@akselerator/domain';

/**
 * Words for the demo city's young people outside school and their plans. Strength-based on
 * purpose: interests, strengths, dreams, experience, practical adaptations and goals, never
 * health or diagnoses (the product has no place for them, and the demo must not suggest one).
 */

export type DemoGoal = 'APPRENTICESHIP' | 'JOB' | 'SCHOOL' | 'ACTIVITY';

export interface DemoProfileTemplate {
  goal: DemoGoal;
  tradeCodes: readonly string[];
  interests: readonly string[];
  strengths: readonly Strength[];
  dreams: string;
  workExperience: string;
  goals: string;
  planGoal: string;
}

export const PROFILE_TEMPLATES: readonly DemoProfileTemplate[] = [
  {
    goal: 'APPRENTICESHIP',
    tradeCodes: ['tomrer'],
    interests: ['bygg', 'verktøy', 'friluftsliv'],
    strengths: [Strength.HANDS_ON, Strength.RELIABLE, Strength.PHYSICALLY_ACTIVE],
    dreams: 'Bygge mitt eget hus en dag.',
    workExperience: 'Hjalp onkel med å bygge terrasse to somre.',
    goals: 'Komme inn som lærling i et byggfirma.',
    planGoal: 'Få læreplass som tømrer',
  },
  {
    goal: 'APPRENTICESHIP',
    tradeCodes: ['bil-lette-kjoretoy'],
    interests: ['bil', 'motor', 'skru'],
    strengths: [Strength.TECHNICAL, Strength.PROBLEM_SOLVER, Strength.ACCURATE],
    dreams: 'Jobbe på verksted og kanskje ha mitt eget en gang.',
    workExperience: 'Skrudd på moped og bil hjemme i mange år.',
    goals: 'Læreplass på et bilverksted i Kristiansand.',
    planGoal: 'Få læreplass i bilfaget',
  },
  {
    goal: 'JOB',
    tradeCodes: ['salg'],
    interests: ['klær', 'kundeservice', 'sosiale medier'],
    strengths: [Strength.SOCIAL, Strength.SERVICE_MINDED, Strength.DIGITAL],
    dreams: 'Jobbe med folk og kanskje bli butikksjef.',
    workExperience: 'Sommerjobb i kiosk på Bystranda.',
    goals: 'En fast deltidsjobb i butikk.',
    planGoal: 'Få en jobb i butikk',
  },
  {
    goal: 'JOB',
    tradeCodes: ['kokk'],
    interests: ['matlaging', 'bake', 'servering'],
    strengths: [Strength.CREATIVE, Strength.TEAM_PLAYER, Strength.ORGANISED],
    dreams: 'Lage mat som folk blir glade av.',
    workExperience: 'Oppvask og kaldkjøkken på en kafé i fire måneder.',
    goals: 'Jobb på et kjøkken, gjerne med korte dager i starten.',
    planGoal: 'Få jobb på et kjøkken',
  },
  {
    goal: 'ACTIVITY',
    tradeCodes: ['anleggsgartner'],
    interests: ['natur', 'dyr', 'være ute'],
    strengths: [Strength.OUTDOORS, Strength.CALM, Strength.PATIENT],
    dreams: 'En jobb der jeg er ute hele dagen.',
    workExperience: 'Plukket jordbær to somre.',
    goals: 'Prøve meg på en arbeidsplass ute før jeg velger fag.',
    planGoal: 'Prøve arbeidstrening ute',
  },
  {
    goal: 'SCHOOL',
    tradeCodes: ['helsearbeider'],
    interests: ['mennesker', 'eldre', 'musikk'],
    strengths: [Strength.CARING, Strength.PATIENT, Strength.RELIABLE],
    dreams: 'Jobbe på sykehjem og hjelpe andre.',
    workExperience: 'Besøksvenn for en eldre nabo.',
    goals: 'Fullføre videregående på helse- og oppvekstfag.',
    planGoal: 'Begynne på videregående igjen',
  },
  {
    goal: 'APPRENTICESHIP',
    tradeCodes: ['elektriker'],
    interests: ['teknologi', 'data', 'elektronikk'],
    strengths: [Strength.TECHNICAL, Strength.CURIOUS, Strength.INDEPENDENT],
    dreams: 'Bli elektriker og jobbe med smarthus.',
    workExperience: 'Satt opp nettverk og skjermer for familie og venner.',
    goals: 'Læreplass som elektriker.',
    planGoal: 'Få læreplass som elektriker',
  },
  {
    goal: 'JOB',
    tradeCodes: ['logistikk'],
    interests: ['lager', 'truck', 'orden'],
    strengths: [Strength.ORGANISED, Strength.PHYSICALLY_ACTIVE, Strength.RELIABLE],
    dreams: 'En trygg jobb med faste tider.',
    workExperience: 'Pakket varer på et lager i julesesongen.',
    goals: 'Jobb på et lager, kanskje truckførerbevis.',
    planGoal: 'Få jobb på et lager',
  },
];

/** Practical needs a workplace can meet (tilrettelegging); some young people need none. */
export const ADAPTATION_CHOICES: readonly (readonly Adaptation[])[] = [
  [],
  [],
  [Adaptation.SHORT_DAYS],
  [Adaptation.FIXED_CONTACT_PERSON],
  [Adaptation.WRITTEN_INSTRUCTIONS, Adaptation.QUIET_WORKPLACE],
  [Adaptation.FLEXIBLE_START],
  [Adaptation.PLAIN_LANGUAGE],
];

export interface MilestoneTemplate {
  title: string;
  owner: MilestoneOwner;
  /** Days after the plan starts. */
  after: number;
}

export const MILESTONES: Record<DemoGoal, readonly MilestoneTemplate[]> = {
  APPRENTICESHIP: [
    { title: 'Lage CV sammen', owner: MilestoneOwner.TOGETHER, after: 14 },
    { title: 'Hospitere to dager i en bedrift i faget', owner: MilestoneOwner.YOUTH, after: 45 },
    { title: 'Ringe tre bedrifter om læreplass', owner: MilestoneOwner.COORDINATOR, after: 60 },
    { title: 'Søke læreplass', owner: MilestoneOwner.YOUTH, after: 90 },
  ],
  JOB: [
    { title: 'Lage CV sammen', owner: MilestoneOwner.TOGETHER, after: 10 },
    { title: 'Øve på jobbintervju', owner: MilestoneOwner.TOGETHER, after: 30 },
    { title: 'Søke fem jobber', owner: MilestoneOwner.YOUTH, after: 50 },
  ],
  SCHOOL: [
    { title: 'Møte rådgiver på videregående', owner: MilestoneOwner.TOGETHER, after: 21 },
    { title: 'Søke skoleplass i Vigo', owner: MilestoneOwner.YOUTH, after: 60 },
  ],
  ACTIVITY: [
    { title: 'Finne en arbeidsplass å prøve seg på', owner: MilestoneOwner.COORDINATOR, after: 20 },
    { title: 'Første uke med arbeidstrening', owner: MilestoneOwner.YOUTH, after: 45 },
    { title: 'Snakke om hva som funket', owner: MilestoneOwner.TOGETHER, after: 75 },
  ],
};

export const COMMENTS: readonly { byYouth: boolean; body: string }[] = [
  { byYouth: true, body: 'CV-en er ferdig, takk for hjelpen!' },
  { byYouth: false, body: 'Fint møte i dag. Vi tar neste steg sammen.' },
  { byYouth: true, body: 'Kan vi flytte neste møte til etter klokka elleve?' },
];

export const PROPOSAL_MESSAGES: readonly string[] = [
  'Denne passer med det du fortalte om hva du liker. Vil du prøve?',
  'Jeg tenkte på deg da jeg så denne. De er vant til å ta imot nye.',
  'Her får du jobbe med hendene og lære mens du jobber. Skal vi ta en prat om den?',
];

export const EMPLOYER_MESSAGES: readonly string[] = [
  'Hei! Vi vil gjerne møte deg. Kom innom en dag neste uke.',
  'Velkommen! Vi setter opp en første dag sammen med koordinatoren din.',
];

export const WHAT_MATTERS: readonly string[] = [
  'Å ha noen å spørre når jeg står fast.',
  'At det ikke er for mange folk rundt meg i starten.',
  'Å tjene egne penger.',
  'Å gjøre noe jeg er god på.',
  '',
];

/** The non-hospitering places the demo's proposals and placements are about. */
export interface PlacementTemplate {
  kind: OpportunityKind;
  tradeCode: string;
  title: string;
  description: string;
  tasks: string;
}

export const PLACEMENT_TEMPLATES: readonly PlacementTemplate[] = [
  {
    kind: OpportunityKind.APPRENTICESHIP,
    tradeCode: 'tomrer',
    title: 'Lærling som tømrer',
    description: 'Vi bygger boliger i Kristiansand og tar inn en ny lærling hvert år.',
    tasks: 'Forskaling, bindingsverk, kledning og innvendig arbeid sammen med en fast svenn.',
  },
  {
    kind: OpportunityKind.APPRENTICESHIP,
    tradeCode: 'bil-lette-kjoretoy',
    title: 'Lærling i bilfaget',
    description: 'Travelt verksted med personbiler og varebiler.',
    tasks: 'Service, dekkskift, feilsøking og reparasjoner med veileder ved siden av.',
  },
  {
    kind: OpportunityKind.APPRENTICESHIP,
    tradeCode: 'elektriker',
    title: 'Lærling som elektriker',
    description: 'Vi gjør installasjoner i nye og gamle hus, og i næringsbygg.',
    tasks: 'Trekke kabler, montere brytere og lys, lære feilsøking.',
  },
  {
    kind: OpportunityKind.SIMPLE_JOB,
    tradeCode: 'salg',
    title: 'Enkel jobb: varepåfylling i butikk',
    description: 'Fast oppgave to formiddager i uka, med en fast kontaktperson.',
    tasks: 'Fylle på varer, rydde hyller og hjelpe kunder å finne fram.',
  },
  {
    kind: OpportunityKind.SIMPLE_JOB,
    tradeCode: 'kokk',
    title: 'Enkel jobb: oppvask og kaldkjøkken',
    description: 'Kantine med faste rutiner og rolig tempo før lunsj.',
    tasks: 'Oppvask, kutte grønnsaker, gjøre klar salatbaren.',
  },
  {
    kind: OpportunityKind.SIMPLE_JOB,
    tradeCode: 'logistikk',
    title: 'Enkel jobb: plukk og pakk på lager',
    description: 'Lager med tydelige oppgaver og skriftlige instrukser.',
    tasks: 'Plukke ordre, pakke og merke pakker.',
  },
  {
    kind: OpportunityKind.WORK_TRIAL,
    tradeCode: 'anleggsgartner',
    title: 'Arbeidstrening i grøntanlegg',
    description: 'Vi steller parker og hager, og tar imot folk som vil prøve seg.',
    tasks: 'Klippe plen, luke, plante og holde utstyret i orden.',
  },
  {
    kind: OpportunityKind.TRAINEE,
    tradeCode: 'helsearbeider',
    title: 'Trainee på sykehjem',
    description: 'Et halvt år med opplæring og oppgaver på en trygg avdeling.',
    tasks: 'Være med i hverdagen til beboerne: måltider, turer og aktiviteter.',
  },
];
