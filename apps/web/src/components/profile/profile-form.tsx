'use client';

import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import type { YouthProfile } from '@/lib/api-types';
import { fieldId, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { UPDATE_MY_PROFILE_MUTATION } from '@/lib/profile-operations';

/*
 * Plain Designsystemet markup (CSS classes), not its React components: this island must not
 * change how the components already shared by other routes are chunked (/arbeidsgiver/ny sits
 * right under the 150 kB first-load budget).
 */

/** A label for a code, prepared by the server page in the visitor's language. */
export interface Choice {
  code: string;
  label: string;
}

export interface ProgrammeChoice extends Choice {
  trades: Choice[];
}

interface ProfileFormProps {
  /** Null before the first save. */
  initial: YouthProfile | null;
  programmes: ProgrammeChoice[];
  strengths: Choice[];
  adaptations: Choice[];
  municipalities: Choice[];
  t: Dictionary['profile'];
  generic: string;
  networkError: string;
  /** True when the UI speaks the API's language (Norwegian): its field messages fit as they are. */
  apiMessagesFit: boolean;
}

/** The travel distances offered; '' is "does not matter". */
const TRAVEL_KM = ['5', '10', '20', '40'] as const;

/** Where each field's problem is shown, in reading order; interests share one place. */
const FIELD_ORDER = [
  'tradeCodes',
  'programmeCodes',
  'strengths',
  'adaptationsNeeded',
  'homeMunicipalityCode',
  'schoolMunicipalityCode',
  'maxTravelKm',
  'consentToBeProposed',
];

/** The element each field's summary link jumps to. */
const INTERESTS_TARGET = fieldId('tradeCodes');
function targetId(field: string): string {
  if (field === 'programmeCodes' || field === 'tradeCodes') return INTERESTS_TARGET;
  return fieldId(field);
}

function toggle(list: readonly string[], code: string, on: boolean): string[] {
  return on ? [...new Set([...list, code])] : list.filter((item) => item !== code);
}

/**
 * "Min profil": interests (programmes and their trades, in collapsible groups), strengths,
 * practical adaptations, where the youth lives and goes to school, how far they travel, and
 * consent to be proposed. Only an interest is required. Problems show next to their fields and in
 * a summary that takes focus; "Lagret" is a status message that takes focus. After saving, the
 * page is refreshed so the server-rendered recommendations below follow the new profile.
 */
export function ProfileForm({
  initial,
  programmes,
  strengths,
  adaptations,
  municipalities,
  t,
  generic,
  networkError,
  apiMessagesFit,
}: ProfileFormProps) {
  const router = useRouter();
  const [programmeCodes, setProgrammeCodes] = useState<string[]>(initial?.programmeCodes ?? []);
  const [tradeCodes, setTradeCodes] = useState<string[]>(initial?.tradeCodes ?? []);
  const [chosenStrengths, setStrengths] = useState<string[]>(initial?.strengths ?? []);
  const [chosenAdaptations, setAdaptations] = useState<string[]>(initial?.adaptationsNeeded ?? []);
  const [home, setHome] = useState(initial?.homeMunicipalityCode ?? '');
  const [school, setSchool] = useState(initial?.schoolMunicipalityCode ?? '');
  const [travel, setTravel] = useState(
    initial?.maxTravelKm != null ? String(initial.maxTravelKm) : '',
  );
  const [consent, setConsent] = useState(initial?.consentToBeProposed ?? false);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);
  const savedRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (saved > 0) savedRef.current?.focus();
  }, [saved]);

  useEffect(() => {
    if (focusKey > 0) summaryRef.current?.focus();
  }, [focusKey]);

  const interestsError = [errors.tradeCodes, errors.programmeCodes].find(Boolean);
  // The interests are one place in the form: one line in the summary, whichever list the API named.
  const summaryErrors: FieldErrorMap = { ...errors };
  if (interestsError) {
    delete summaryErrors.programmeCodes;
    summaryErrors.tradeCodes = interestsError;
  }
  const travelOptions =
    TRAVEL_KM.includes(travel as (typeof TRAVEL_KM)[number]) || travel === ''
      ? TRAVEL_KM
      : [...TRAVEL_KM, travel];

  const labels: Record<string, string> = {
    tradeCodes: t.interestsLegend,
    programmeCodes: t.interestsLegend,
    strengths: t.strengthsLegend,
    adaptationsNeeded: t.adaptationsLegend,
    homeMunicipalityCode: t.homeMunicipality,
    schoolMunicipalityCode: t.schoolMunicipality,
    maxTravelKm: t.maxTravel,
    consentToBeProposed: t.consentLegend,
  };

  function fail(next: FieldErrorMap, form: string[] = []) {
    setErrors(next);
    setFormErrors(form);
    setSaved(0);
    setFocusKey((key) => key + 1);
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (programmeCodes.length + tradeCodes.length === 0) {
      fail({ tradeCodes: t.interestsRequired });
      return;
    }
    setBusy(true);
    try {
      await graphqlClient(UPDATE_MY_PROFILE_MUTATION, {
        input: {
          programmeCodes,
          tradeCodes,
          strengths: chosenStrengths,
          adaptationsNeeded: chosenAdaptations,
          kindsWanted: initial?.kindsWanted ?? [],
          homeMunicipalityCode: home || null,
          schoolMunicipalityCode: school || null,
          maxTravelKm: travel ? Number(travel) : null,
          birthDate: initial?.birthDate ?? null,
          consentToBeProposed: consent,
        },
      });
      setErrors({});
      setFormErrors([]);
      setSaved((count) => count + 1);
      router.refresh();
    } catch (caught) {
      if (caught instanceof GraphQLRequestError && caught.fieldErrors.length > 0) {
        const map: FieldErrorMap = {};
        for (const { field, message } of caught.fieldErrors) {
          const key = field.split('.')[0] ?? field;
          map[key] ??=
            key === 'tradeCodes' || key === 'programmeCodes'
              ? apiMessagesFit
                ? message
                : t.interestsRequired
              : apiMessagesFit
                ? message
                : generic;
        }
        fail(map);
      } else if (caught instanceof GraphQLRequestError && caught.code === 'NETWORK_ERROR') {
        fail({}, [networkError]);
      } else {
        fail({}, [generic]);
      }
    } finally {
      setBusy(false);
    }
  }

  const ids = {
    interestsDescription: 'interests-description',
    interestsError: 'interests-error',
    strengthsDescription: 'strengths-description',
    adaptationsDescription: 'adaptations-description',
  };

  const summary = Object.entries(summaryErrors).sort(
    ([a], [b]) => FIELD_ORDER.indexOf(a) - FIELD_ORDER.indexOf(b),
  );

  function checkbox(
    id: string,
    label: string,
    checked: boolean,
    onChange: (checked: boolean) => void,
    extra: { invalid?: boolean; description?: string } = {},
  ) {
    const descriptionId = `${id}-description`;
    return (
      <div className="ds-field" data-position="start" key={id}>
        <input
          className="ds-input"
          type="checkbox"
          id={id}
          checked={checked}
          aria-invalid={extra.invalid ? true : undefined}
          aria-describedby={extra.description ? descriptionId : undefined}
          onChange={(event) => {
            onChange(event.target.checked);
          }}
        />
        <label className="ds-label" data-weight="regular" htmlFor={id}>
          {label}
        </label>
        {extra.description ? (
          <div data-field="description" id={descriptionId}>
            {extra.description}
          </div>
        ) : null}
      </div>
    );
  }

  function municipalitySelect(
    field: 'homeMunicipalityCode' | 'schoolMunicipalityCode',
    label: string,
    value: string,
    onChange: (value: string) => void,
  ) {
    const id = fieldId(field);
    const error = errors[field] as string | undefined;
    return (
      <div className="ds-field">
        <label className="ds-label" htmlFor={id}>
          {label}
        </label>
        <select
          className="ds-input"
          id={id}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        >
          <option value="">{t.chooseMunicipality}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.code} value={municipality.code}>
              {municipality.label}
            </option>
          ))}
        </select>
        {error ? (
          <p className="ds-validation-message" data-field="validation" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    );
  }

  const optional = <span className="muted">({t.optional})</span>;
  const travelId = fieldId('maxTravelKm');

  return (
    <form noValidate className="profile-form stack-lg" onSubmit={(event) => void submit(event)}>
      {summary.length > 0 || formErrors.length > 0 ? (
        <section
          ref={summaryRef}
          tabIndex={-1}
          className="ds-error-summary"
          aria-labelledby="profile-error-summary"
          data-testid="error-summary"
        >
          <h2 className="ds-heading" data-size="xs" id="profile-error-summary">
            {t.errorSummaryTitle}
          </h2>
          <ul className="ds-list">
            {formErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
            {summary.map(([field, message]) => (
              <li key={field}>
                <a
                  className="ds-link"
                  href={`#${targetId(field)}`}
                  onClick={(event) => {
                    const target = document.getElementById(targetId(field));
                    if (!target) return;
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: 'center' });
                  }}
                >
                  {labels[field] ? `${labels[field]}: ${message}` : message}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="ds-paragraph" data-size="sm">
        {t.requiredNote}
      </p>

      <fieldset
        className="ds-fieldset"
        aria-describedby={
          interestsError
            ? `${ids.interestsDescription} ${ids.interestsError}`
            : ids.interestsDescription
        }
        data-testid="interests"
      >
        <legend className="ds-label">{t.interestsLegend}</legend>
        <div data-field="description" id={ids.interestsDescription}>
          {t.interestsDescription}
        </div>
        {interestsError ? (
          <p
            className="ds-validation-message"
            data-field="validation"
            id={ids.interestsError}
            data-testid="interests-error"
          >
            {interestsError}
          </p>
        ) : null}
        <div className="interest-groups">
          {programmes.map((programme, index) => {
            const chosen =
              programme.trades.filter((trade) => tradeCodes.includes(trade.code)).length +
              (programmeCodes.includes(programme.code) ? 1 : 0);
            const startsOpen =
              (initial?.tradeCodes ?? []).some((code) =>
                programme.trades.some((trade) => trade.code === code),
              ) || (initial?.programmeCodes ?? []).includes(programme.code);
            return (
              <details
                key={programme.code}
                className="ds-details interest-group"
                open={startsOpen ? true : undefined}
              >
                <summary id={index === 0 ? INTERESTS_TARGET : undefined}>
                  {programme.label}
                  {chosen > 0 ? (
                    <span className="interest-group__count">
                      {' '}
                      ({interpolate(t.chosenCount, { count: chosen })})
                    </span>
                  ) : null}
                </summary>
                <div role="group" aria-label={programme.label} className="check-list">
                  {checkbox(
                    `programme-${programme.code}`,
                    interpolate(t.wholeProgramme, { programme: programme.label }),
                    programmeCodes.includes(programme.code),
                    (on) => {
                      setProgrammeCodes((list) => toggle(list, programme.code, on));
                    },
                    { invalid: Boolean(interestsError) },
                  )}
                  {programme.trades.map((trade) =>
                    checkbox(
                      `trade-${trade.code}`,
                      trade.label,
                      tradeCodes.includes(trade.code),
                      (on) => {
                        setTradeCodes((list) => toggle(list, trade.code, on));
                      },
                      { invalid: Boolean(interestsError) },
                    ),
                  )}
                </div>
              </details>
            );
          })}
        </div>
      </fieldset>

      <fieldset
        className="ds-fieldset"
        aria-describedby={ids.strengthsDescription}
        data-testid="strengths"
      >
        <legend className="ds-label">
          {t.strengthsLegend} {optional}
        </legend>
        <div data-field="description" id={ids.strengthsDescription}>
          {t.strengthsDescription}
        </div>
        <div className="check-grid" id={fieldId('strengths')} tabIndex={-1}>
          {strengths.map((strength) =>
            checkbox(
              `strength-${strength.code}`,
              strength.label,
              chosenStrengths.includes(strength.code),
              (on) => {
                setStrengths((list) => toggle(list, strength.code, on));
              },
            ),
          )}
        </div>
        {errors.strengths ? (
          <p className="ds-validation-message" data-field="validation">
            {errors.strengths}
          </p>
        ) : null}
      </fieldset>

      <fieldset
        className="ds-fieldset"
        aria-describedby={ids.adaptationsDescription}
        data-testid="adaptations"
      >
        <legend className="ds-label">
          {t.adaptationsLegend} {optional}
        </legend>
        <div data-field="description" id={ids.adaptationsDescription}>
          {t.adaptationsDescription}
        </div>
        <div className="check-grid" id={fieldId('adaptationsNeeded')} tabIndex={-1}>
          {adaptations.map((adaptation) =>
            checkbox(
              `adaptation-${adaptation.code}`,
              adaptation.label,
              chosenAdaptations.includes(adaptation.code),
              (on) => {
                setAdaptations((list) => toggle(list, adaptation.code, on));
              },
            ),
          )}
        </div>
        {errors.adaptationsNeeded ? (
          <p className="ds-validation-message" data-field="validation">
            {errors.adaptationsNeeded}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="ds-fieldset">
        <legend className="ds-label">
          {t.placeLegend} {optional}
        </legend>
        <div className="field-row">
          {municipalitySelect('homeMunicipalityCode', t.homeMunicipality, home, setHome)}
          {municipalitySelect('schoolMunicipalityCode', t.schoolMunicipality, school, setSchool)}
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor={travelId}>
            {t.maxTravel}
          </label>
          <div data-field="description" id={`${travelId}-description`}>
            {t.maxTravelDescription}
          </div>
          <select
            className="ds-input"
            id={travelId}
            value={travel}
            aria-describedby={`${travelId}-description`}
            onChange={(event) => {
              setTravel(event.target.value);
            }}
          >
            {travelOptions.map((km) => (
              <option key={km} value={km}>
                {interpolate(t.travelKm, { km })}
              </option>
            ))}
            <option value="">{t.travelAny}</option>
          </select>
        </div>
      </fieldset>

      <fieldset className="ds-fieldset">
        <legend className="ds-label">
          {t.consentLegend} {optional}
        </legend>
        {checkbox(fieldId('consentToBeProposed'), t.consent, consent, setConsent, {
          description: t.consentDescription,
        })}
      </fieldset>

      <div className="form-actions">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={busy || undefined}
        >
          {busy ? t.saving : t.save}
        </button>
      </div>
      {saved > 0 ? (
        <div
          key={saved}
          ref={savedRef}
          tabIndex={-1}
          className="ds-alert"
          data-color="success"
          data-size="sm"
          role="status"
          data-testid="profile-saved"
        >
          <p className="ds-paragraph">{t.saved}</p>
        </div>
      ) : null}
    </form>
  );
}
