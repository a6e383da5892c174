'use client';

import { useEffect, useState, type SubmitEvent } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { FieldError, Locale, Municipality } from '@akselerator/domain';
import {
  CheckboxGroup,
  PlainErrorSummary,
  SelectField,
  TextField,
  type CheckboxChoice,
} from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import type {
  CreateApprenticeshipInput,
  CreateSimpleJobInput,
  OpportunityBasicsInput,
  OpportunityKindName,
} from '@/lib/api-types';
import { loadDomain, tryLoadDomain, type Domain } from '@/lib/domain-client';
import { apiFieldErrorMap, toErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import {
  CREATE_APPRENTICESHIP_MUTATION,
  CREATE_SIMPLE_JOB_MUTATION,
  PUBLISH_MUTATION,
  UPDATE_OPPORTUNITY_MUTATION,
} from '@/lib/opportunity-operations';

export interface TradeChoiceGroup {
  code: string;
  label: string;
  trades: CheckboxChoice[];
}

/** What the form holds: every value as typed, so nothing is lost when something is refused. */
export interface OpportunityFormValues {
  title: string;
  description: string;
  tasks: string;
  practicalInfo: string;
  tradeCode: string;
  street: string;
  postalCode: string;
  postalPlace: string;
  municipalityCode: string;
  latitude: string;
  longitude: string;
  adaptationsOffered: string[];
  strengthsSought: string[];
  places: string;
  startDate: string;
  applicationDeadline: string;
  requirements: string;
  hoursPerWeek: string;
  schedule: string;
}

export const EMPTY_VALUES: OpportunityFormValues = {
  title: '',
  description: '',
  tasks: '',
  practicalInfo: '',
  tradeCode: '',
  street: '',
  postalCode: '',
  postalPlace: '',
  municipalityCode: '',
  latitude: '',
  longitude: '',
  adaptationsOffered: [],
  strengthsSought: [],
  places: '1',
  startDate: '',
  applicationDeadline: '',
  requirements: '',
  hoursPerWeek: '',
  schedule: '',
};

type TextKey = Exclude<keyof OpportunityFormValues, 'adaptationsOffered' | 'strengthsSought'>;

const PATHS: Record<keyof OpportunityFormValues, string> = {
  title: 'title',
  description: 'description',
  tasks: 'tasks',
  practicalInfo: 'practicalInfo',
  tradeCode: 'tradeCode',
  street: 'address.street',
  postalCode: 'address.postalCode',
  postalPlace: 'address.postalPlace',
  municipalityCode: 'address.municipalityCode',
  latitude: 'address.latitude',
  longitude: 'address.longitude',
  adaptationsOffered: 'adaptationsOffered',
  strengthsSought: 'strengthsSought',
  places: 'places',
  startDate: 'startDate',
  applicationDeadline: 'applicationDeadline',
  requirements: 'requirements',
  hoursPerWeek: 'hoursPerWeek',
  schedule: 'schedule',
};

/** Reading order, for the error summary. */
const ORDER = [
  'title',
  'tradeCode',
  'description',
  'tasks',
  'practicalInfo',
  'places',
  'hoursPerWeek',
  'schedule',
  'startDate',
  'applicationDeadline',
  'requirements',
  'adaptationsOffered',
  'strengthsSought',
  'address.street',
  'address.postalCode',
  'address.postalPlace',
  'address.municipalityCode',
  'address.latitude',
  'address.longitude',
];

function rank(field: string): number {
  const index = ORDER.indexOf(field);
  return index === -1 ? 1000 : index;
}

function parseDecimal(value: string): number {
  const trimmed = value.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function parseWhole(value: string): number {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function basics(values: OpportunityFormValues): OpportunityBasicsInput {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    tasks: values.tasks.trim(),
    practicalInfo: values.practicalInfo.trim(),
    tradeCode: values.tradeCode,
    address: {
      street: values.street.trim(),
      postalCode: values.postalCode.trim(),
      postalPlace: values.postalPlace.trim(),
      municipalityCode: values.municipalityCode,
      latitude: parseDecimal(values.latitude),
      longitude: parseDecimal(values.longitude),
    },
    adaptationsOffered: values.adaptationsOffered,
    strengthsSought: values.strengthsSought,
  };
}

function apprenticeshipInput(values: OpportunityFormValues): CreateApprenticeshipInput {
  return {
    ...basics(values),
    places: parseWhole(values.places),
    startDate: values.startDate,
    applicationDeadline: values.applicationDeadline,
    requirements: values.requirements.trim(),
  };
}

function simpleJobInput(values: OpportunityFormValues): CreateSimpleJobInput {
  return {
    ...basics(values),
    hoursPerWeek: parseDecimal(values.hoursPerWeek),
    schedule: values.schedule.trim(),
    startDate: values.startDate || null,
    applicationDeadline: values.applicationDeadline || null,
  };
}

/** The input the API takes for this kind (hospitering edits only the shared fields). */
function inputFor(kind: OpportunityKindName, values: OpportunityFormValues) {
  if (kind === 'APPRENTICESHIP') return apprenticeshipInput(values);
  if (kind === 'SIMPLE_JOB') return simpleJobInput(values);
  return basics(values);
}

/** The shared rules for this kind (libs/domain); the API checks the same ones again. */
function clientErrors(
  domain: Domain,
  kind: OpportunityKindName,
  values: OpportunityFormValues,
  today: string,
  locale: Locale,
  stored: { startDate?: string | null; applicationDeadline?: string | null },
): FieldError[] {
  const errors =
    kind === 'APPRENTICESHIP'
      ? domain.validateApprenticeshipDraft(apprenticeshipInput(values), today, locale, stored)
      : kind === 'SIMPLE_JOB'
        ? domain.validateSimpleJobDraft(simpleJobInput(values), today, locale, stored)
        : domain.validateOpportunityBasics(basics(values), locale);
  // Empty coordinates are "missing", not "outside Agder".
  return errors.map((error) => {
    const raw =
      error.field === 'address.latitude'
        ? values.latitude
        : error.field === 'address.longitude'
          ? values.longitude
          : error.field === 'hoursPerWeek'
            ? values.hoursPerWeek
            : undefined;
    if (raw !== undefined && raw.trim() === '') {
      const code = domain.FieldErrorCode.REQUIRED;
      return { ...error, code, message: domain.fieldErrorMessage(code, locale) };
    }
    return error;
  });
}

interface OpportunityFormProps {
  kind: OpportunityKindName;
  /** Set when editing an existing opportunity. */
  edit?: {
    id: string;
    stored: { startDate: string | null; applicationDeadline: string | null };
  };
  initial: OpportunityFormValues;
  locale: Locale;
  t: Dictionary['opportunityForm'];
  errorSummaryTitle: string;
  genericError: string;
  today: string;
  programmes: TradeChoiceGroup[];
  municipalities: readonly Municipality[];
  adaptations: CheckboxChoice[];
  strengths: CheckboxChoice[];
  headingId: string;
}

/**
 * Create or edit a lærlingplass or an enkel jobb, or edit a hospitering's shared fields. Checked
 * with the shared rules from libs/domain before sending and by the API after; every problem shows
 * next to its field and in a summary that takes focus, and nothing typed is lost.
 */
export function OpportunityForm({
  kind,
  edit,
  initial,
  locale,
  t,
  errorSummaryTitle,
  genericError,
  today,
  programmes,
  municipalities,
  adaptations,
  strengths,
  headingId,
}: OpportunityFormProps) {
  const router = useRouter();
  const [values, setValues] = useState<OpportunityFormValues>(initial);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    void loadDomain().catch(() => undefined);
  }, []);

  function clearError(path: string) {
    setErrors((current) =>
      path in current
        ? Object.fromEntries(Object.entries(current).filter(([field]) => field !== path))
        : current,
    );
  }

  function set(key: TextKey, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    clearError(PATHS[key]);
  }

  function chooseMunicipality(code: string) {
    const municipality = municipalities.find((item) => item.code === code);
    setValues((current) => ({
      ...current,
      municipalityCode: code,
      ...(municipality
        ? {
            latitude: municipality.latitude.toFixed(4),
            longitude: municipality.longitude.toFixed(4),
          }
        : {}),
    }));
    clearError('address.municipalityCode');
    clearError('address.latitude');
    clearError('address.longitude');
  }

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  const here = edit ? `/arbeidsgiver/${encodeURIComponent(edit.id)}/endre` : undefined;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const publish = event.submitter?.getAttribute('value') === 'publish';
    setSubmitting(true);
    const domain = await tryLoadDomain();
    const problems = domain
      ? clientErrors(domain, kind, values, today, locale, edit?.stored ?? {})
      : [];
    if (problems.length > 0) {
      setSubmitting(false);
      fail(toErrorMap(problems));
      return;
    }

    let id: string;
    try {
      if (edit) {
        await graphqlClient(UPDATE_OPPORTUNITY_MUTATION, {
          id: edit.id,
          input: inputFor(kind, values),
        });
        id = edit.id;
      } else if (kind === 'APPRENTICESHIP') {
        const data = await graphqlClient(CREATE_APPRENTICESHIP_MUTATION, {
          input: apprenticeshipInput(values),
        });
        id = data.createApprenticeship.id;
      } else {
        const data = await graphqlClient(CREATE_SIMPLE_JOB_MUTATION, {
          input: simpleJobInput(values),
        });
        id = data.createSimpleJob.id;
      }
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        fail(apiFieldErrorMap(error.fieldErrors, locale, domain));
      } else if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
        const back = here ?? window.location.pathname;
        window.location.assign(`/logg-inn?neste=${encodeURIComponent(back)}`);
      } else {
        fail({}, [genericError]);
      }
      return;
    }

    if (edit) {
      router.push(`/arbeidsgiver?endret=${encodeURIComponent(id)}`);
      router.refresh();
      return;
    }
    if (!publish) {
      router.push(`/arbeidsgiver?lagret=${encodeURIComponent(id)}`);
      return;
    }
    try {
      await graphqlClient(PUBLISH_MUTATION, { id });
      router.push(`/arbeidsgiver?publisert=${encodeURIComponent(id)}`);
    } catch {
      // Saved but not published: never resubmit (that would make a duplicate).
      router.push(`/arbeidsgiver?lagret=${encodeURIComponent(id)}&ikkePublisert=1`);
    }
  }

  const optional = (text: string) => `${text} (${t.optional})`;
  const labels: Record<string, string> = {
    title: t.titleLabel,
    description: t.descriptionLabel,
    tasks: t.tasksLabel,
    practicalInfo: t.practicalLabel,
    tradeCode: t.tradeLabel,
    places: t.places,
    startDate: t.startDate,
    applicationDeadline: t.applicationDeadline,
    requirements: t.requirements,
    hoursPerWeek: t.hoursPerWeek,
    schedule: t.schedule,
    adaptationsOffered: t.adaptationsLegend,
    strengthsSought: t.strengthsLegend,
    'address.street': t.street,
    'address.postalCode': t.postalCode,
    'address.postalPlace': t.postalPlace,
    'address.municipalityCode': t.municipality,
    'address.latitude': t.latitude,
    'address.longitude': t.longitude,
  };

  const apprenticeship = kind === 'APPRENTICESHIP';
  const simpleJob = kind === 'SIMPLE_JOB';

  return (
    <form
      noValidate
      className="stack-lg opportunity-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={headingId}
    >
      <PlainErrorSummary
        title={errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        labelFor={(field) => labels[field]}
        rank={rank}
        headingId="opportunity-error-summary"
      />

      <section className="form-section" aria-labelledby="section-about">
        <h2 className="ds-heading" data-size="sm" id="section-about">
          {t.sectionAbout}
        </h2>
        <TextField
          path="title"
          label={t.titleLabel}
          description={
            simpleJob
              ? t.titleDescriptionSimpleJob
              : apprenticeship
                ? t.titleDescriptionApprenticeship
                : t.titleDescriptionHospitering
          }
          value={values.title}
          onChange={(value) => {
            set('title', value);
          }}
          error={errors.title}
        />
        <SelectField
          path="tradeCode"
          label={t.tradeLabel}
          description={t.tradeDescription}
          value={values.tradeCode}
          onChange={(value) => {
            set('tradeCode', value);
          }}
          error={errors.tradeCode}
        >
          <option value="">{t.tradePlaceholder}</option>
          {programmes.map((programme) => (
            <optgroup key={programme.code} label={programme.label}>
              {programme.trades.map((trade) => (
                <option key={trade.code} value={trade.code}>
                  {trade.label}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <TextField
          path="description"
          label={t.descriptionLabel}
          description={t.descriptionDescription}
          multiline
          rows={5}
          value={values.description}
          onChange={(value) => {
            set('description', value);
          }}
          error={errors.description}
        />
        <TextField
          path="tasks"
          label={t.tasksLabel}
          description={t.tasksDescription}
          multiline
          value={values.tasks}
          onChange={(value) => {
            set('tasks', value);
          }}
          error={errors.tasks}
        />
        <TextField
          path="practicalInfo"
          label={optional(t.practicalLabel)}
          description={t.practicalDescription}
          multiline
          value={values.practicalInfo}
          onChange={(value) => {
            set('practicalInfo', value);
          }}
          error={errors.practicalInfo}
        />
      </section>

      {apprenticeship ? (
        <section className="form-section" aria-labelledby="section-kind">
          <h2 className="ds-heading" data-size="sm" id="section-kind">
            {t.sectionApprenticeship}
          </h2>
          <TextField
            path="places"
            label={t.places}
            description={t.placesDescription}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={values.places}
            onChange={(value) => {
              set('places', value);
            }}
            error={errors.places}
          />
          <div className="field-row">
            <TextField
              path="startDate"
              label={t.startDate}
              type="date"
              min={today}
              value={values.startDate}
              onChange={(value) => {
                set('startDate', value);
              }}
              error={errors.startDate}
            />
            <TextField
              path="applicationDeadline"
              label={t.applicationDeadline}
              description={t.applicationDeadlineDescription}
              type="date"
              min={today}
              value={values.applicationDeadline}
              onChange={(value) => {
                set('applicationDeadline', value);
              }}
              error={errors.applicationDeadline}
            />
          </div>
          <TextField
            path="requirements"
            label={optional(t.requirements)}
            description={t.requirementsDescription}
            multiline
            value={values.requirements}
            onChange={(value) => {
              set('requirements', value);
            }}
            error={errors.requirements}
          />
        </section>
      ) : null}

      {simpleJob ? (
        <section className="form-section" aria-labelledby="section-kind">
          <h2 className="ds-heading" data-size="sm" id="section-kind">
            {t.sectionSimpleJob}
          </h2>
          <p className="ds-paragraph" data-size="sm">
            {t.noQualificationNote}
          </p>
          <div className="field-row">
            <TextField
              path="hoursPerWeek"
              label={t.hoursPerWeek}
              description={t.hoursPerWeekDescription}
              inputMode="decimal"
              value={values.hoursPerWeek}
              onChange={(value) => {
                set('hoursPerWeek', value);
              }}
              error={errors.hoursPerWeek}
            />
            <TextField
              path="schedule"
              label={optional(t.schedule)}
              description={t.scheduleDescription}
              value={values.schedule}
              onChange={(value) => {
                set('schedule', value);
              }}
              error={errors.schedule}
            />
          </div>
          <div className="field-row">
            <TextField
              path="startDate"
              label={optional(t.startDate)}
              description={t.startDateDescriptionOptional}
              type="date"
              min={today}
              value={values.startDate}
              onChange={(value) => {
                set('startDate', value);
              }}
              error={errors.startDate}
            />
            <TextField
              path="applicationDeadline"
              label={optional(t.applicationDeadline)}
              description={t.applicationDeadlineDescriptionOptional}
              type="date"
              min={today}
              value={values.applicationDeadline}
              onChange={(value) => {
                set('applicationDeadline', value);
              }}
              error={errors.applicationDeadline}
            />
          </div>
        </section>
      ) : null}

      <section className="form-section" aria-labelledby="section-offers">
        <h2 className="ds-heading" data-size="sm" id="section-offers">
          {t.sectionOffers}
        </h2>
        <CheckboxGroup
          path="adaptationsOffered"
          legend={optional(t.adaptationsLegend)}
          description={t.adaptationsDescription}
          choices={adaptations}
          value={values.adaptationsOffered}
          onChange={(value) => {
            setValues((current) => ({ ...current, adaptationsOffered: value }));
            clearError('adaptationsOffered');
          }}
          error={errors.adaptationsOffered}
        />
        <CheckboxGroup
          path="strengthsSought"
          legend={optional(t.strengthsLegend)}
          description={t.strengthsDescription}
          choices={strengths}
          value={values.strengthsSought}
          onChange={(value) => {
            setValues((current) => ({ ...current, strengthsSought: value }));
            clearError('strengthsSought');
          }}
          error={errors.strengthsSought}
        />
      </section>

      <section className="form-section" aria-labelledby="section-address">
        <h2 className="ds-heading" data-size="sm" id="section-address">
          {t.sectionAddress}
        </h2>
        <TextField
          path="address.street"
          label={t.street}
          autoComplete="street-address"
          value={values.street}
          onChange={(value) => {
            set('street', value);
          }}
          error={errors['address.street']}
        />
        <div className="field-row">
          <TextField
            path="address.postalCode"
            label={t.postalCode}
            autoComplete="postal-code"
            inputMode="numeric"
            maxLength={4}
            value={values.postalCode}
            onChange={(value) => {
              set('postalCode', value);
            }}
            error={errors['address.postalCode']}
          />
          <TextField
            path="address.postalPlace"
            label={t.postalPlace}
            autoComplete="address-level2"
            value={values.postalPlace}
            onChange={(value) => {
              set('postalPlace', value);
            }}
            error={errors['address.postalPlace']}
          />
        </div>
        <SelectField
          path="address.municipalityCode"
          label={t.municipality}
          value={values.municipalityCode}
          onChange={chooseMunicipality}
          error={errors['address.municipalityCode']}
        >
          <option value="">{t.municipalityPlaceholder}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.code} value={municipality.code}>
              {municipality.name}
            </option>
          ))}
        </SelectField>
        <fieldset className="ds-fieldset" aria-describedby="coordinates-description">
          <legend className="ds-label">{t.coordinatesLegend}</legend>
          <div id="coordinates-description" className="ds-paragraph muted" data-size="sm">
            {t.coordinatesDescription}
          </div>
          <div className="field-row">
            <TextField
              path="address.latitude"
              label={t.latitude}
              inputMode="decimal"
              value={values.latitude}
              onChange={(value) => {
                set('latitude', value);
              }}
              error={errors['address.latitude']}
            />
            <TextField
              path="address.longitude"
              label={t.longitude}
              inputMode="decimal"
              value={values.longitude}
              onChange={(value) => {
                set('longitude', value);
              }}
              error={errors['address.longitude']}
            />
          </div>
        </fieldset>
      </section>

      <div className="form-actions">
        {edit ? (
          <button
            type="submit"
            className="ds-button"
            data-variant="primary"
            aria-busy={submitting || undefined}
          >
            {submitting ? t.saving : t.saveChanges}
          </button>
        ) : (
          <>
            <button
              type="submit"
              name="intent"
              value="publish"
              className="ds-button"
              data-variant="primary"
              aria-busy={submitting || undefined}
            >
              {submitting ? t.saving : t.saveAndPublish}
            </button>
            <button
              type="submit"
              name="intent"
              value="draft"
              className="ds-button"
              data-variant="secondary"
              disabled={submitting}
            >
              {t.saveDraft}
            </button>
          </>
        )}
        <Link className="ds-button" data-variant="tertiary" href="/arbeidsgiver">
          {t.cancel}
        </Link>
      </div>
    </form>
  );
}
