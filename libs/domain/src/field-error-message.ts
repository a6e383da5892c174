import { FieldErrorCode, type FieldError, type FieldErrorParams } from './field-error';
import { Locale } from './locale';

function param(params: FieldErrorParams | undefined, name: string): string | undefined {
  const value = params?.[name];
  return value === undefined ? undefined : String(value);
}

function bokmal(code: FieldErrorCode, params?: FieldErrorParams): string {
  const min = param(params, 'min');
  const max = param(params, 'max');
  switch (code) {
    case FieldErrorCode.REQUIRED:
      return 'Dette feltet må fylles ut.';
    case FieldErrorCode.TOO_SHORT:
      return min === undefined ? 'Teksten er for kort.' : `Skriv minst ${min} tegn.`;
    case FieldErrorCode.TOO_LONG:
      return max === undefined
        ? 'Teksten er for lang. Prøv å korte den litt ned.'
        : `Her er det plass til ${max} tegn. Prøv å korte teksten litt ned.`;
    case FieldErrorCode.INVALID_EMAIL:
      return 'E-postadressen ser ikke riktig ut. Sjekk at den er skrevet som navn@eksempel.no.';
    case FieldErrorCode.WEAK_PASSWORD:
      return 'Passordet er for lett å gjette. Prøv noen ord du husker godt, satt sammen med bindestrek.';
    case FieldErrorCode.INVALID_ORGANISATION_NUMBER:
      return 'Organisasjonsnummeret er ikke gyldig. Sjekk at du har skrevet ni siffer riktig.';
    case FieldErrorCode.UNKNOWN_TRADE:
      return 'Vi kjenner ikke igjen dette lærefaget. Velg et fag fra listen.';
    case FieldErrorCode.UNKNOWN_PROGRAMME:
      return 'Vi kjenner ikke igjen dette utdanningsprogrammet. Velg et program fra listen.';
    case FieldErrorCode.UNKNOWN_MUNICIPALITY:
      return 'Velg en kommune i Agder fra listen.';
    case FieldErrorCode.INVALID_DATE:
      return 'Datoen finnes ikke. Skriv den som åååå-mm-dd, for eksempel 2026-09-14.';
    case FieldErrorCode.DATE_IN_PAST:
      return 'Denne datoen har allerede vært. Velg i dag eller en senere dag.';
    case FieldErrorCode.CAPACITY_OUT_OF_RANGE:
      return min === undefined || max === undefined
        ? 'Antall plasser må være et helt tall.'
        : `Antall plasser må være et helt tall fra ${min} til ${max}.`;
    case FieldErrorCode.TOO_MANY_SLOTS:
      return max === undefined
        ? 'Det er lagt inn for mange dager. Del gjerne opp i flere oppslag.'
        : `Du kan legge inn høyst ${max} dager. Del gjerne opp i flere oppslag.`;
    case FieldErrorCode.DUPLICATE_SLOT_DATE:
      return 'Du har allerede en dag med denne datoen. Velg en annen dato, eller gi den første dagen flere plasser.';
    case FieldErrorCode.INVALID_TIME:
      return 'Skriv klokkeslettet som tt:mm, for eksempel 08:30.';
    case FieldErrorCode.END_BEFORE_START:
      return 'Dagen må slutte etter at den har begynt. Sjekk start- og sluttidspunktet.';
    case FieldErrorCode.INVALID_POSTAL_CODE:
      return 'Postnummeret skal ha fire siffer, for eksempel 4611.';
    case FieldErrorCode.INVALID_COORDINATES:
      return 'Stedet ser ut til å ligge utenfor Agder. Sjekk adressen eller flytt nålen på kartet.';
    case FieldErrorCode.INVALID_CURSOR:
      return 'Listen har endret seg siden du åpnet den. Last inn siden på nytt for å se resten.';
    case FieldErrorCode.OUT_OF_RANGE:
      return min === undefined || max === undefined
        ? 'Dette valget er ikke tillatt her.'
        : `Verdien må være fra ${min} til ${max}.`;
    case FieldErrorCode.EMAIL_TAKEN:
      return 'Det finnes allerede en bruker med denne e-postadressen. Vil du logge inn i stedet?';
    case FieldErrorCode.INVALID_CREDENTIALS:
      return 'E-postadressen eller passordet stemmer ikke. Prøv igjen.';
    case FieldErrorCode.ORGANISATION_TAKEN:
      return 'Denne organisasjonen er allerede registrert. Be en kollega med tilgang om å invitere deg, eller ta kontakt med oss.';
    case FieldErrorCode.UNKNOWN_CLASS_CODE:
      return 'Vi fant ingen klasse med denne koden. Sjekk at du har skrevet den riktig, for eksempel K7PX-4QXM, eller spør rådgiveren din.';
    case FieldErrorCode.CLASS_CODE_EXPIRED:
      return 'Denne klassekoden virker ikke lenger. Be rådgiveren din om en ny kode.';
    case FieldErrorCode.INVALID_INVITATION:
      return 'Invitasjonen virker ikke: den er brukt, utløpt eller sendt til en annen e-postadresse. Be kollegaen din om en ny invitasjon.';
    case FieldErrorCode.TOO_MANY_ATTEMPTS:
      return 'For mange forsøk på å logge inn. Vent et kvarter og prøv igjen, eller be om hjelp.';
    case FieldErrorCode.DEADLINE_AFTER_START:
      return 'Søknadsfristen må være før oppstart, eller samme dag. Sjekk de to datoene.';
    case FieldErrorCode.HOURS_OUT_OF_RANGE:
      return 'Skriv hvor mange timer i uka jobben er: mer enn 0 og høyst 40, for eksempel 6 eller 7,5.';
    case FieldErrorCode.UNKNOWN_ADAPTATION:
      return 'Vi kjenner ikke igjen denne tilretteleggingen. Velg fra listen.';
    case FieldErrorCode.UNKNOWN_STRENGTH:
      return 'Vi kjenner ikke igjen denne egenskapen. Velg fra listen.';
    case FieldErrorCode.NO_DATES_IN_PATTERN:
      return 'Ingen av ukedagene du valgte faller i perioden. Velg flere ukedager eller en lengre periode.';
    case FieldErrorCode.DATE_RANGE_REVERSED:
      return 'Sluttdatoen må være samme dag som startdatoen eller senere.';
    case FieldErrorCode.NOT_FOR_THIS_KIND:
      return 'Dette feltet hører ikke til denne typen mulighet.';
    case FieldErrorCode.GUARDIAN_ON_RECORD:
      return 'Det er allerede registrert en foresatt for deg. Vil du endre adressen, tar du kontakt med rådgiveren din.';
  }
}

function english(code: FieldErrorCode, params?: FieldErrorParams): string {
  const min = param(params, 'min');
  const max = param(params, 'max');
  switch (code) {
    case FieldErrorCode.REQUIRED:
      return 'Please fill in this field.';
    case FieldErrorCode.TOO_SHORT:
      return min === undefined ? 'This is too short.' : `Please write at least ${min} characters.`;
    case FieldErrorCode.TOO_LONG:
      return max === undefined
        ? 'This is too long. Please shorten it a little.'
        : `There is room for ${max} characters. Please shorten it a little.`;
    case FieldErrorCode.INVALID_EMAIL:
      return 'This e-mail address does not look right. Check that it reads like name@example.com.';
    case FieldErrorCode.WEAK_PASSWORD:
      return 'This password is too easy to guess. Try a few words you remember well, joined by hyphens.';
    case FieldErrorCode.INVALID_ORGANISATION_NUMBER:
      return 'This organisation number is not valid. Check that all nine digits are right.';
    case FieldErrorCode.UNKNOWN_TRADE:
      return 'We do not recognise this trade. Please pick one from the list.';
    case FieldErrorCode.UNKNOWN_PROGRAMME:
      return 'We do not recognise this programme. Please pick one from the list.';
    case FieldErrorCode.UNKNOWN_MUNICIPALITY:
      return 'Please pick a municipality in Agder from the list.';
    case FieldErrorCode.INVALID_DATE:
      return 'This date does not exist. Write it as yyyy-mm-dd, for example 2026-09-14.';
    case FieldErrorCode.DATE_IN_PAST:
      return 'This date has already passed. Please pick today or a later day.';
    case FieldErrorCode.CAPACITY_OUT_OF_RANGE:
      return min === undefined || max === undefined
        ? 'The number of places must be a whole number.'
        : `The number of places must be a whole number from ${min} to ${max}.`;
    case FieldErrorCode.TOO_MANY_SLOTS:
      return max === undefined
        ? 'There are too many days. Consider splitting them over several listings.'
        : `You can add at most ${max} days. Consider splitting them over several listings.`;
    case FieldErrorCode.DUPLICATE_SLOT_DATE:
      return 'You already have a day on this date. Pick another date, or give the first day more places.';
    case FieldErrorCode.INVALID_TIME:
      return 'Write the time as hh:mm, for example 08:30.';
    case FieldErrorCode.END_BEFORE_START:
      return 'The day must end after it starts. Check the start and end times.';
    case FieldErrorCode.INVALID_POSTAL_CODE:
      return 'The postal code has four digits, for example 4611.';
    case FieldErrorCode.INVALID_COORDINATES:
      return 'This place seems to be outside Agder. Check the address or move the pin on the map.';
    case FieldErrorCode.INVALID_CURSOR:
      return 'The list has changed since you opened it. Reload the page to see the rest.';
    case FieldErrorCode.OUT_OF_RANGE:
      return min === undefined || max === undefined
        ? 'This choice is not allowed here.'
        : `The value must be from ${min} to ${max}.`;
    case FieldErrorCode.EMAIL_TAKEN:
      return 'There is already an account with this e-mail address. Would you like to sign in instead?';
    case FieldErrorCode.INVALID_CREDENTIALS:
      return 'The e-mail address or password is not right. Please try again.';
    case FieldErrorCode.ORGANISATION_TAKEN:
      return 'This organisation is already registered. Ask a colleague who has access to invite you, or get in touch with us.';
    case FieldErrorCode.UNKNOWN_CLASS_CODE:
      return 'We found no class with this code. Check that you typed it right, for example K7PX-4QXM, or ask your counsellor.';
    case FieldErrorCode.CLASS_CODE_EXPIRED:
      return 'This class code no longer works. Ask your counsellor for a new one.';
    case FieldErrorCode.INVALID_INVITATION:
      return 'This invitation does not work: it has been used, has expired, or was sent to another address. Ask your colleague for a new one.';
    case FieldErrorCode.TOO_MANY_ATTEMPTS:
      return 'Too many attempts to sign in. Wait a quarter of an hour and try again, or ask for help.';
    case FieldErrorCode.DEADLINE_AFTER_START:
      return 'The application deadline must be before the start date, or the same day. Check both dates.';
    case FieldErrorCode.HOURS_OUT_OF_RANGE:
      return 'Write how many hours a week the job is: more than 0 and at most 40, for example 6 or 7.5.';
    case FieldErrorCode.UNKNOWN_ADAPTATION:
      return 'We do not recognise this adaptation. Please pick one from the list.';
    case FieldErrorCode.UNKNOWN_STRENGTH:
      return 'We do not recognise this strength. Please pick one from the list.';
    case FieldErrorCode.NO_DATES_IN_PATTERN:
      return 'None of the weekdays you picked fall within the period. Pick more weekdays or a longer period.';
    case FieldErrorCode.DATE_RANGE_REVERSED:
      return 'The end date must be the same day as the start date or later.';
    case FieldErrorCode.NOT_FOR_THIS_KIND:
      return 'This field does not belong to this kind of opportunity.';
    case FieldErrorCode.GUARDIAN_ON_RECORD:
      return 'A guardian is already on record for you. To change the address, contact your school counsellor.';
  }
}

/** The text shown next to a refused field: kind and specific, bokmål unless English is asked for. */
export function fieldErrorMessage(
  code: FieldErrorCode,
  locale: Locale,
  params?: FieldErrorParams,
): string {
  switch (locale) {
    case Locale.NB:
      return bokmal(code, params);
    case Locale.EN:
      return english(code, params);
  }
}

/** A FieldError with its message filled in. */
export function createFieldError(
  field: string,
  code: FieldErrorCode,
  locale: Locale,
  params?: FieldErrorParams,
): FieldError {
  return { field, code, message: fieldErrorMessage(code, locale, params) };
}
