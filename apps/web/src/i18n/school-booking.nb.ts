/**
 * Bokmål texts for the school's side of booking (issue 7): the counsellor books or moves a pupil's
 * day, the cohort's booking window, the pupil's notes about the window and about trying different
 * workplaces. Part of `nb` (`nb.schoolBooking`); `school-booking.en.ts` has the same keys.
 */
export const schoolBookingNb = {
  // The pupil's page (/skole/elever/[youthId])
  daysHeading: 'Dagene til eleven nå',
  noActiveDays: 'Eleven har ingen aktive hospiteringsdager dette skoleåret.',
  daysUnavailable: 'Vi fikk ikke hentet dagene til eleven akkurat nå. Last siden på nytt om litt.',
  notInCohort:
    'Eleven er ikke med i en klasse ennå, så du kan ikke booke for eleven her. Gi eleven klassekoden først.',
  onBehalfTag: 'Booket av skolen',
  move: 'Flytt til en annen dag',
  moveAria: 'Flytt til en annen dag: {title}, {day}',
  bookHeading: 'Book en dag for eleven',
  moveHeading: 'Flytt {title} {day} til en annen dag',
  bookIntro:
    'Velg en dag med ledige plasser. Eleven og arbeidsgiveren får beskjed, og det står i loggen til eleven at du booket. Bookingvinduet til skolen gjelder ikke når du booker for eleven.',
  cancelMove: 'Avbryt flytting',
  filterProgramme: 'Utdanningsprogram',
  filterTrade: 'Fag',
  filterMonth: 'Måned',
  filterAll: 'Alle',
  filterSubmit: 'Vis dager',
  chooseLegend: 'Velg dag',
  noDays: 'Ingen ledige dager passer med valgene. Prøv et annet fag eller en annen måned.',
  seatsLeft: '{n} ledige plasser',
  seatLeft: '1 ledig plass',
  alreadyThatDate: 'Eleven har allerede en dag denne datoen',
  chooseFirst: 'Velg en dag først.',
  next: 'Gå videre',
  confirmBook: 'Book {title} hos {employer} {day} for {name}?',
  confirmMove: 'Flytte {name} fra {from} til {title} hos {employer} {day}?',
  yesBook: 'Ja, book dagen',
  yesMove: 'Ja, flytt dagen',
  back: 'Tilbake',
  working: 'Sender …',
  booked: '{name} er booket {day} hos {employer}. Arbeidsgiveren svarer snart.',
  waitlisted: '{name} står på venteliste {day} hos {employer}.',
  moved: 'Dagen er flyttet til {day} hos {employer}.',
  // The cohort's booking window (/skole/klassekoder)
  windowHeading: 'Bookingvindu for {name}',
  windowIntro:
    'Bestem når elevene i klassen kan booke hospiteringsdager selv. Du kan alltid booke for en elev, også utenfor vinduet.',
  opensOn: 'Elevene kan booke fra og med',
  closesOn: 'Elevene kan booke til og med',
  windowFieldHint: 'La feltet stå tomt hvis det ikke skal være noen grense.',
  saveWindow: 'Lagre bookingvindu',
  windowSaved: 'Bookingvinduet er lagret.',
  windowNow: 'Nå: {window}',
  windowNone: 'ingen grense – elevene kan booke når som helst',
  windowFrom: 'fra og med {date}',
  windowUntil: 'til og med {date}',
  windowBetween: '{from} til og med {to}',
  windowClosesBeforeOpens: 'Sluttdatoen må være samme dag som eller etter startdatoen.',
  // The pupil's side (/mine-dager, /muligheter/[id])
  windowNotYet: 'Skolen din åpner for booking {date}. Du kan se på dagene allerede nå.',
  windowClosed:
    'Skolen din stengte bookingen {date}. Snakk med rådgiveren din, så finner dere en dag sammen.',
  windowOpenUntil: 'Skolen din har åpent for booking til og med {date}.',
  SCHOOL_BOOKING_WINDOW_CLOSED:
    'Skolen din har ikke åpent for booking akkurat nå. Se datoene over, eller snakk med rådgiveren din.',
  sameEmployerHint:
    'Du har allerede en dag hos {employer}. Prøv gjerne en annen arbeidsplass – da lærer du mer om hva du liker.',
  sameEmployerNote:
    'To av dagene dine er hos {employer}. Det går helt fint, men prøv gjerne en annen arbeidsplass – da lærer du mer om hva du liker.',
  progressHint:
    'Elever på 10. trinn skal ha {required} hospiteringsdager i løpet av skoleåret. Dager som venter på svar, er bekreftet eller gjennomført, teller med.',
};
