/** How a hospitering day usually runs in each programme: clothes, meeting place, hours. */
export interface ProgrammePractice {
  wear: string;
  meet: readonly string[];
  hours: readonly (readonly [start: string, end: string])[];
  contactRoles: readonly string[];
  suits: readonly string[];
  /** Said in the practical information of every listing in the programme. */
  note?: string;
}

const BUILDERS_HOURS = [
  ['07:00', '14:00'],
  ['07:00', '14:30'],
  ['07:30', '14:30'],
] as const;
const DAY_HOURS = [
  ['08:00', '14:00'],
  ['08:30', '14:30'],
  ['09:00', '14:00'],
  ['09:00', '15:00'],
] as const;

export const PROGRAMME_PRACTICE: Readonly<Partial<Record<string, ProgrammePractice>>> = {
  BA: {
    wear: 'Klær som tåler støv og maling, og gode sko. Vi låner deg hjelm, vernebriller, hansker og vernesko.',
    meet: ['i resepsjonen på kontoret vårt', 'på lageret vårt', 'ved porten til lageret vårt'],
    hours: BUILDERS_HOURS,
    contactRoles: ['prosjektleder', 'lærlingansvarlig', 'daglig leder', 'bas'],
    suits: [
      'Dagen passer for deg som liker å jobbe med hendene og se hva du har fått til.',
      'Dagen passer for deg som liker å være i aktivitet og ute i all slags vær.',
    ],
  },
  EL: {
    wear: 'Vanlige arbeidsklær og gode sko. Vi låner deg vernesko og vernebriller.',
    meet: ['i resepsjonen', 'ved inngangen til lageret'],
    hours: [
      ['07:30', '14:30'],
      ['08:00', '14:00'],
      ['07:00', '14:00'],
    ],
    contactRoles: ['lærlingansvarlig', 'faglig leder', 'avdelingsleder'],
    suits: [
      'Dagen passer for deg som liker å skru, finne feil og forstå hvordan ting virker.',
      'Dagen passer for deg som er nøyaktig og nysgjerrig på teknologi.',
    ],
  },
  FD: {
    wear: 'Hele, rene klær du føler deg vel i. Vi har forkle du kan låne.',
    meet: ['i salongen', 'i resepsjonen'],
    hours: [
      ['09:00', '15:00'],
      ['10:00', '15:00'],
      ['09:30', '14:30'],
    ],
    contactRoles: ['daglig leder', 'salongansvarlig', 'butikksjef'],
    suits: [
      'Dagen passer for deg som er kreativ og liker å gjøre noe fint for andre.',
      'Dagen passer for deg som liker å jobbe med mennesker og har sans for form og farge.',
    ],
  },
  HS: {
    wear: 'Behagelige klær og sko med god såle. Du får låne arbeidstøy. Smykker og ringer tar du av for hygienens skyld.',
    meet: ['i resepsjonen i første etasje', 'på vaktrommet i første etasje', 'ved hovedinngangen'],
    hours: DAY_HOURS,
    contactRoles: ['avdelingsleder', 'fagutviklingssykepleier', 'lærlingansvarlig', 'styrer'],
    suits: [
      'Dagen passer for deg som bryr deg om andre og liker å prate med folk.',
      'Dagen passer for deg som er tålmodig og vil gjøre en forskjell for andre.',
    ],
    note: 'Du har taushetsplikt om det du ser og hører om pasienter, beboere og barn. Vi går gjennom hva det betyr når du kommer.',
  },
  IM: {
    wear: 'Det du vanligvis går i.',
    meet: ['i resepsjonen', 'i kantinen i første etasje'],
    hours: [
      ['08:30', '14:30'],
      ['09:00', '15:00'],
      ['09:00', '14:00'],
    ],
    contactRoles: ['teamleder', 'lærlingansvarlig', 'daglig leder'],
    suits: [
      'Dagen passer for deg som liker å løse problemer og lage ting på skjerm.',
      'Dagen passer for deg som er kreativ og nysgjerrig på hvordan teknologi og medier lages.',
    ],
    note: 'Ta gjerne med egen PC hvis du har, men det er ikke nødvendig.',
  },
  NA: {
    wear: 'Klær etter været, gjerne regntøy, og støvler eller gode sko. Vi har kjeledress og hansker du kan låne.',
    meet: ['på tunet', 'ved driftsbygningen'],
    hours: [
      ['07:30', '14:00'],
      ['08:00', '14:00'],
      ['08:00', '15:00'],
    ],
    contactRoles: ['driftsleder', 'daglig leder', 'lærlingansvarlig'],
    suits: [
      'Dagen passer for deg som liker å være ute og jobbe med dyr og natur.',
      'Dagen passer for deg som ikke er redd for å bli litt skitten på hendene.',
    ],
  },
  RM: {
    wear: 'Vi låner deg arbeidsklær og hårnett. Ha på deg sko som sitter godt og tåler søl.',
    meet: ['ved personalinngangen på baksiden', 'i resepsjonen', 'i butikken'],
    hours: [
      ['09:00', '15:00'],
      ['10:00', '15:00'],
      ['07:00', '13:00'],
      ['08:00', '14:00'],
    ],
    contactRoles: ['kjøkkensjef', 'daglig leder', 'lærlingansvarlig'],
    suits: [
      'Dagen passer for deg som liker mat og å jobbe i et høyt tempo sammen med andre.',
      'Dagen passer for deg som liker å lage noe andre blir glade av.',
    ],
    note: 'Si fra på forhånd om du har matallergier, så tar vi hensyn til det.',
  },
  SR: {
    wear: 'Pene, hele klær. Vi låner deg t-skjorte eller vest med logo.',
    meet: ['ved kundeservice', 'i resepsjonen'],
    hours: [
      ['09:00', '15:00'],
      ['10:00', '15:00'],
      ['08:00', '14:00'],
    ],
    contactRoles: ['butikksjef', 'avdelingsleder', 'daglig leder'],
    suits: [
      'Dagen passer for deg som er sosial og liker å hjelpe andre.',
      'Dagen passer for deg som liker orden, service og at det skjer noe hele tiden.',
    ],
  },
  TP: {
    wear: 'Klær som tåler olje og skitt. Vi låner deg kjeledress, vernesko, vernebriller og hørselvern.',
    meet: ['i kundemottaket på verkstedet', 'i resepsjonen', 'ved porten'],
    hours: [
      ['07:00', '14:00'],
      ['07:30', '14:30'],
      ['08:00', '14:00'],
    ],
    contactRoles: ['verkstedleder', 'lærlingansvarlig', 'produksjonsleder', 'HMS-leder'],
    suits: [
      'Dagen passer for deg som liker maskiner, motorer og å finne ut hvorfor noe ikke virker.',
      'Dagen passer for deg som er praktisk, nøyaktig og liker å se resultater.',
    ],
  },
  HD: {
    wear: 'Klær som tåler litt støv og flekker. Vi har forkle du kan låne.',
    meet: ['i verkstedet', 'i butikken foran verkstedet'],
    hours: [
      ['09:00', '15:00'],
      ['09:00', '14:00'],
      ['10:00', '15:00'],
    ],
    contactRoles: ['daglig leder', 'mester', 'innehaver'],
    suits: [
      'Dagen passer for deg som er kreativ og liker å lage ting med hendene.',
      'Dagen passer for deg som er tålmodig og liker å få detaljene riktige.',
    ],
  },
};

export function programmePractice(programmeCode: string): ProgrammePractice {
  const practice = PROGRAMME_PRACTICE[programmeCode];
  if (practice === undefined) {
    throw new RangeError(`No demo practice for programme ${programmeCode}`);
  }
  return practice;
}
