import type { Dictionary } from './nb';

/** English texts for the school's side of booking; same keys as `school-booking.nb.ts`. */
export const schoolBookingEn: Dictionary['schoolBooking'] = {
  daysHeading: "The pupil's days now",
  noActiveDays: 'The pupil has no active work-experience days this school year.',
  daysUnavailable: "We could not fetch the pupil's days just now. Reload the page in a moment.",
  notInCohort:
    'The pupil is not in a class yet, so you cannot book for them here. Give them the class code first.',
  onBehalfTag: 'Booked by the school',
  move: 'Move to another day',
  moveAria: 'Move to another day: {title}, {day}',
  bookHeading: 'Book a day for the pupil',
  moveHeading: 'Move {title} {day} to another day',
  bookIntro:
    "Choose a day with free places. The pupil and the employer are told, and the pupil's log shows that you booked. The school's booking window does not apply when you book for a pupil.",
  cancelMove: 'Cancel moving',
  filterProgramme: 'Education programme',
  filterTrade: 'Trade',
  filterMonth: 'Month',
  filterAll: 'All',
  filterSubmit: 'Show days',
  chooseLegend: 'Choose a day',
  noDays: 'No free days match your choices. Try another trade or month.',
  seatsLeft: '{n} places left',
  seatLeft: '1 place left',
  alreadyThatDate: 'The pupil already has a day on this date',
  chooseFirst: 'Choose a day first.',
  next: 'Continue',
  confirmBook: 'Book {title} at {employer} on {day} for {name}?',
  confirmMove: 'Move {name} from {from} to {title} at {employer} on {day}?',
  yesBook: 'Yes, book the day',
  yesMove: 'Yes, move the day',
  back: 'Back',
  working: 'Sending …',
  booked: '{name} is booked on {day} at {employer}. The employer will answer soon.',
  waitlisted: '{name} is on the waiting list on {day} at {employer}.',
  moved: 'The day has been moved to {day} at {employer}.',
  windowHeading: 'Booking window for {name}',
  windowIntro:
    'Decide when the pupils in the class can book work-experience days themselves. You can always book for a pupil, also outside the window.',
  opensOn: 'Pupils can book from',
  closesOn: 'Pupils can book until (inclusive)',
  windowFieldHint: 'Leave the field empty for no limit.',
  saveWindow: 'Save booking window',
  windowSaved: 'The booking window has been saved.',
  windowNow: 'Now: {window}',
  windowNone: 'no limit – pupils can book at any time',
  windowFrom: 'from {date}',
  windowUntil: 'until {date}',
  windowBetween: '{from} until {to}',
  windowClosesBeforeOpens: 'The end date must be the same day as or after the start date.',
  windowNotYet: 'Your school opens booking on {date}. You can look at the days already.',
  windowClosed:
    'Your school closed booking on {date}. Talk to your counsellor and find a day together.',
  windowOpenUntil: 'Your school has booking open until {date}.',
  SCHOOL_BOOKING_WINDOW_CLOSED:
    'Your school does not have booking open right now. See the dates above, or talk to your counsellor.',
  sameEmployerHint:
    'You already have a day at {employer}. Why not try another workplace – you will learn more about what you like.',
  sameEmployerNote:
    'Two of your days are at {employer}. That is fine, but why not try another workplace – you will learn more about what you like.',
  progressHint:
    'Pupils in 10th grade should have {required} work-experience days during the school year. Days waiting for an answer, confirmed or done all count.',
};
