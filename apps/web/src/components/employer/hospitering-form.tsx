'use client';

import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import {
  Button,
  Field,
  Fieldset,
  Label,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { FieldError, HospiteringDraft, Locale, Municipality } from '@akselerator/domain';
import { FormErrorSummary } from '@/components/forms/form-error-summary';
import type { Dictionary } from '@/i18n/dictionary';
import { interpolate } from '@/i18n/interpolate';
import { loadDomain, tryLoadDomain, type Domain } from '@/lib/domain-client';
import { apiFieldErrorMap, fieldId, toErrorMap, type FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { CREATE_HOSPITERING_MUTATION, PUBLISH_OPPORTUNITY_MUTATION } from '@/lib/operations';

interface SlotRow {
  /** Stable React key; the index gives the field path (`slots.<index>.date`). */
  key: number;
  date: string;
  startTime: string;
  endTime: string;
  capacity: string;
}

interface FormValues {
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
}

type TextKey = keyof FormValues;
type SlotKey = Exclude<keyof SlotRow, 'key'>;

interface HospiteringFormProps {
  locale: Locale;
  t: Dictionary['newOpportunity'];
  errorSummaryTitle: string;
  genericError: string;
  /** Today in Oslo, 'YYYY-MM-DD', from the server: the earliest allowed date. */
  today: string;
  /** The trades grouped by programme, labelled in the visitor's language (from the taxonomy). */
  programmes: TradeGroup[];
  municipalities: readonly Municipality[];
  /** Field paths the shared rules require; the others are marked optional. */
  requiredFields: readonly string[];
}

export interface TradeGroup {
  code: string;
  label: string;
  trades: { code: string; label: string }[];
}

const FIELD_PATHS: Record<TextKey, string> = {
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
};

function parseDecimal(value: string): number {
  const trimmed = value.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function parseCapacity(value: string): number {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function toDraft(values: FormValues, slots: SlotRow[]): HospiteringDraft {
  return {
    title: values.title,
    description: values.description,
    tasks: values.tasks,
    practicalInfo: values.practicalInfo,
    tradeCode: values.tradeCode,
    address: {
      street: values.street,
      postalCode: values.postalCode,
      postalPlace: values.postalPlace,
      municipalityCode: values.municipalityCode,
      latitude: parseDecimal(values.latitude),
      longitude: parseDecimal(values.longitude),
    },
    slots: slots.map((slot) => ({
      date: slot.date,
      startTime: slot.startTime,
      endTime: slot.endTime,
      capacity: parseCapacity(slot.capacity),
    })),
  };
}

/** Empty coordinates are "missing", not "outside Agder". */
function clientErrors(
  domain: Domain,
  values: FormValues,
  slots: SlotRow[],
  today: string,
  locale: Locale,
): FieldError[] {
  const { FieldErrorCode, fieldErrorMessage } = domain;
  return domain.validateHospiteringDraft(toDraft(values, slots), today, locale).map((error) => {
    const raw =
      error.field === 'address.latitude'
        ? values.latitude
        : error.field === 'address.longitude'
          ? values.longitude
          : undefined;
    if (raw !== undefined && raw.trim() === '') {
      return {
        ...error,
        code: FieldErrorCode.REQUIRED,
        message: fieldErrorMessage(FieldErrorCode.REQUIRED, locale),
      };
    }
    return error;
  });
}

/** Where the error summary jumps for a field path: the whole day list jumps to "Legg til dag". */
function targetId(field: string): string {
  return field === 'slots' ? 'add-slot' : fieldId(field);
}

const SLOT_FIELD = /^slots\.(\d+)\.(date|startTime|endTime|capacity)$/;

/** The fields in the order they appear in the form, for the error summary. */
const FIELD_ORDER = [
  'title',
  'tradeCode',
  'description',
  'tasks',
  'practicalInfo',
  'address.street',
  'address.postalCode',
  'address.postalPlace',
  'address.municipalityCode',
  'address.latitude',
  'address.longitude',
];
const SLOT_KEYS = ['date', 'startTime', 'endTime', 'capacity'];

function rank(field: string): number {
  const slot = SLOT_FIELD.exec(field);
  if (slot) return 100 + Number(slot[1]) * 10 + SLOT_KEYS.indexOf(slot[2]);
  if (field === 'slots') return 10_000;
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? 20_000 : index;
}

/** "Tittel", "Dag 2, Antall plasser" … for the error summary. */
function labelFor(field: string, t: Dictionary['newOpportunity']): string | undefined {
  const slot = SLOT_FIELD.exec(field);
  if (slot) {
    const labels = {
      date: t.date,
      startTime: t.startTime,
      endTime: t.endTime,
      capacity: t.capacity,
    };
    const key = slot[2] as keyof typeof labels;
    return `${interpolate(t.slotLegend, { n: Number(slot[1]) + 1 })}, ${labels[key]}`;
  }
  const labels: Record<string, string> = {
    title: t.titleLabel,
    description: t.descriptionLabel,
    tasks: t.tasksLabel,
    practicalInfo: t.practicalLabel,
    tradeCode: t.tradeLabel,
    'address.street': t.street,
    'address.postalCode': t.postalCode,
    'address.postalPlace': t.postalPlace,
    'address.municipalityCode': t.municipality,
    'address.latitude': t.latitude,
    'address.longitude': t.longitude,
    slots: t.sectionSlots,
  };
  return labels[field];
}

function coordinate(value: number): string {
  return value.toFixed(4);
}

export function HospiteringForm({
  locale,
  t,
  errorSummaryTitle,
  genericError,
  today,
  programmes,
  municipalities,
  requiredFields,
}: HospiteringFormProps) {
  const router = useRouter();

  useEffect(() => {
    void loadDomain().catch(() => undefined);
  }, []);

  const nextKey = useRef(1);
  const [values, setValues] = useState<FormValues>({
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
  });
  const [slots, setSlots] = useState<SlotRow[]>([
    { key: 0, date: '', startTime: '09:00', endTime: '14:00', capacity: '2' },
  ]);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);

  /** Editing a field clears its error; everything is checked again on submit. */
  function clearError(path: string) {
    setErrors((current) =>
      path in current
        ? Object.fromEntries(Object.entries(current).filter(([field]) => field !== path))
        : current,
    );
  }

  function setValue(key: TextKey, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    clearError(FIELD_PATHS[key]);
  }

  function chooseMunicipality(code: string) {
    const municipality = municipalities.find((item) => item.code === code);
    setValues((current) => ({
      ...current,
      municipalityCode: code,
      ...(municipality
        ? {
            latitude: coordinate(municipality.latitude),
            longitude: coordinate(municipality.longitude),
          }
        : {}),
    }));
    clearError('address.municipalityCode');
    clearError('address.latitude');
    clearError('address.longitude');
  }

  function setSlotValue(index: number, key: SlotKey, value: string) {
    setSlots((current) =>
      current.map((slot, i) => (i === index ? { ...slot, [key]: value } : slot)),
    );
    clearError(`slots.${index}.${key}`);
    clearError('slots');
  }

  function dropSlotErrors() {
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith('slots'))),
    );
  }

  function addSlot() {
    const last = slots.at(-1);
    const row: SlotRow = {
      key: nextKey.current++,
      date: '',
      startTime: last?.startTime ?? '09:00',
      endTime: last?.endTime ?? '14:00',
      capacity: last?.capacity ?? '2',
    };
    const position = slots.length + 1;
    setSlots((current) => [...current, row]);
    clearError('slots');
    setAnnouncement(interpolate(t.slotAdded, { n: position }));
    // Focus the new day's date once it is in the DOM.
    requestAnimationFrame(() =>
      document.getElementById(fieldId(`slots.${position - 1}.date`))?.focus(),
    );
  }

  function removeSlot(index: number) {
    setSlots((current) => current.filter((_, i) => i !== index));
    // Field paths shift when a day goes; the remaining days are checked again on submit.
    dropSlotErrors();
    setAnnouncement(interpolate(t.slotRemoved, { n: index + 1 }));
    addButton.current?.focus();
  }

  const fail = (fieldErrors: FieldErrorMap, messages: string[] = []) => {
    setErrors(fieldErrors);
    setFormErrors(messages);
    setFocusKey((key) => key + 1);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const publish = event.submitter?.getAttribute('value') === 'publish';
    setSubmitting(true);

    // Without the rules (their chunk failed to load) the API still validates everything.
    const domain = await tryLoadDomain();
    const problems = domain ? clientErrors(domain, values, slots, today, locale) : [];
    if (problems.length > 0) {
      setSubmitting(false);
      fail(toErrorMap(problems));
      return;
    }

    let createdId: string;
    try {
      const draft = toDraft(values, slots);
      const input = domain ? domain.trimHospiteringDraft(draft) : draft;
      const data = await graphqlClient(CREATE_HOSPITERING_MUTATION, { input });
      createdId = data.createHospitering.id;
    } catch (error) {
      setSubmitting(false);
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        fail(apiFieldErrorMap(error.fieldErrors, locale, domain));
      } else if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
        // The session ran out: sign in again and come back (the form is lost on this path only).
        window.location.assign(`/logg-inn?neste=${encodeURIComponent('/arbeidsgiver/ny')}`);
      } else {
        fail({}, [genericError]);
      }
      return;
    }

    if (!publish) {
      router.push(`/arbeidsgiver?lagret=${encodeURIComponent(createdId)}`);
      return;
    }
    try {
      await graphqlClient(PUBLISH_OPPORTUNITY_MUTATION, {
        id: createdId,
      });
      router.push(`/arbeidsgiver?publisert=${encodeURIComponent(createdId)}`);
    } catch {
      // Saved but not published: never resubmit (that would make a duplicate); go to the list.
      router.push(`/arbeidsgiver?lagret=${encodeURIComponent(createdId)}&ikkePublisert=1`);
    }
  }

  const label = (text: string, field: string) =>
    requiredFields.includes(field) ? text : `${text} (${t.optional})`;

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="new-opportunity-heading"
    >
      <FormErrorSummary
        title={errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        targetId={targetId}
        labelFor={(field) => labelFor(field, t)}
        rank={rank}
      />

      <section className="form-section" aria-labelledby="section-about">
        <h2 className="ds-heading" data-size="sm" id="section-about">
          {t.sectionAbout}
        </h2>
        <Textfield
          id={fieldId('title')}
          name="title"
          label={t.titleLabel}
          description={t.titleDescription}
          value={values.title}
          onChange={(event) => {
            setValue('title', event.target.value);
          }}
          error={errors.title}
        />
        <Field>
          <Label>{t.tradeLabel}</Label>
          <Field.Description>{t.tradeDescription}</Field.Description>
          <Select
            id={fieldId('tradeCode')}
            name="tradeCode"
            value={values.tradeCode}
            onChange={(event) => {
              setValue('tradeCode', event.target.value);
            }}
          >
            <Select.Option value="">{t.tradePlaceholder}</Select.Option>
            {programmes.map((programme) => (
              <Select.Optgroup key={programme.code} label={programme.label}>
                {programme.trades.map((trade) => (
                  <Select.Option key={trade.code} value={trade.code}>
                    {trade.label}
                  </Select.Option>
                ))}
              </Select.Optgroup>
            ))}
          </Select>
          {errors.tradeCode ? <ValidationMessage>{errors.tradeCode}</ValidationMessage> : null}
        </Field>
        <Textfield
          id={fieldId('description')}
          name="description"
          label={t.descriptionLabel}
          description={t.descriptionDescription}
          multiline
          rows={5}
          value={values.description}
          onChange={(event) => {
            setValue('description', event.target.value);
          }}
          error={errors.description}
        />
        <Textfield
          id={fieldId('tasks')}
          name="tasks"
          label={label(t.tasksLabel, 'tasks')}
          description={t.tasksDescription}
          multiline
          rows={4}
          value={values.tasks}
          onChange={(event) => {
            setValue('tasks', event.target.value);
          }}
          error={errors.tasks}
        />
        <Textfield
          id={fieldId('practicalInfo')}
          name="practicalInfo"
          label={label(t.practicalLabel, 'practicalInfo')}
          description={t.practicalDescription}
          multiline
          rows={4}
          value={values.practicalInfo}
          onChange={(event) => {
            setValue('practicalInfo', event.target.value);
          }}
          error={errors.practicalInfo}
        />
      </section>

      <section className="form-section" aria-labelledby="section-address">
        <h2 className="ds-heading" data-size="sm" id="section-address">
          {t.sectionAddress}
        </h2>
        <Textfield
          id={fieldId('address.street')}
          name="street"
          label={t.street}
          autoComplete="street-address"
          value={values.street}
          onChange={(event) => {
            setValue('street', event.target.value);
          }}
          error={errors['address.street']}
        />
        <div className="field-row">
          <Textfield
            id={fieldId('address.postalCode')}
            name="postalCode"
            label={t.postalCode}
            autoComplete="postal-code"
            inputMode="numeric"
            maxLength={4}
            value={values.postalCode}
            onChange={(event) => {
              setValue('postalCode', event.target.value);
            }}
            error={errors['address.postalCode']}
          />
          <Textfield
            id={fieldId('address.postalPlace')}
            name="postalPlace"
            label={t.postalPlace}
            autoComplete="address-level2"
            value={values.postalPlace}
            onChange={(event) => {
              setValue('postalPlace', event.target.value);
            }}
            error={errors['address.postalPlace']}
          />
        </div>
        <Field>
          <Label>{t.municipality}</Label>
          <Select
            id={fieldId('address.municipalityCode')}
            name="municipalityCode"
            value={values.municipalityCode}
            onChange={(event) => {
              chooseMunicipality(event.target.value);
            }}
          >
            <Select.Option value="">{t.municipalityPlaceholder}</Select.Option>
            {municipalities.map((municipality) => (
              <Select.Option key={municipality.code} value={municipality.code}>
                {municipality.name}
              </Select.Option>
            ))}
          </Select>
          {errors['address.municipalityCode'] ? (
            <ValidationMessage>{errors['address.municipalityCode']}</ValidationMessage>
          ) : null}
        </Field>
        <Fieldset aria-describedby="coordinates-description">
          <Fieldset.Legend>{t.coordinatesLegend}</Fieldset.Legend>
          {/* A div, not Fieldset.Description: that would become part of the group's name. */}
          <div id="coordinates-description" className="ds-paragraph muted" data-size="sm">
            {t.coordinatesDescription}
          </div>
          <div className="field-row">
            <Textfield
              id={fieldId('address.latitude')}
              name="latitude"
              label={t.latitude}
              inputMode="decimal"
              value={values.latitude}
              onChange={(event) => {
                setValue('latitude', event.target.value);
              }}
              error={errors['address.latitude']}
            />
            <Textfield
              id={fieldId('address.longitude')}
              name="longitude"
              label={t.longitude}
              inputMode="decimal"
              value={values.longitude}
              onChange={(event) => {
                setValue('longitude', event.target.value);
              }}
              error={errors['address.longitude']}
            />
          </div>
        </Fieldset>
      </section>

      <section className="form-section" aria-labelledby="section-slots">
        <h2 className="ds-heading" data-size="sm" id="section-slots">
          {t.sectionSlots}
        </h2>
        <p className="ds-paragraph" data-size="sm">
          {t.slotsDescription}
        </p>
        {slots.map((slot, index) => {
          const path = (key: SlotKey) => `slots.${index}.${key}`;
          const n = index + 1;
          return (
            <Fieldset key={slot.key} className="slot" data-testid="slot">
              <Fieldset.Legend>{interpolate(t.slotLegend, { n })}</Fieldset.Legend>
              <div className="slot-row">
                <Textfield
                  id={fieldId(path('date'))}
                  name={`slot-${n}-date`}
                  type="date"
                  label={t.date}
                  min={today}
                  value={slot.date}
                  onChange={(event) => {
                    setSlotValue(index, 'date', event.target.value);
                  }}
                  error={errors[path('date')]}
                />
                <Textfield
                  id={fieldId(path('startTime'))}
                  name={`slot-${n}-start`}
                  type="time"
                  label={t.startTime}
                  value={slot.startTime}
                  onChange={(event) => {
                    setSlotValue(index, 'startTime', event.target.value);
                  }}
                  error={errors[path('startTime')]}
                />
                <Textfield
                  id={fieldId(path('endTime'))}
                  name={`slot-${n}-end`}
                  type="time"
                  label={t.endTime}
                  value={slot.endTime}
                  onChange={(event) => {
                    setSlotValue(index, 'endTime', event.target.value);
                  }}
                  error={errors[path('endTime')]}
                />
                <Textfield
                  id={fieldId(path('capacity'))}
                  name={`slot-${n}-capacity`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  step={1}
                  label={t.capacity}
                  value={slot.capacity}
                  onChange={(event) => {
                    setSlotValue(index, 'capacity', event.target.value);
                  }}
                  error={errors[path('capacity')]}
                />
              </div>
              {slots.length > 1 ? (
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  aria-label={interpolate(t.removeSlotAria, { n })}
                  onClick={() => {
                    removeSlot(index);
                  }}
                >
                  {t.removeSlot}
                </Button>
              ) : null}
            </Fieldset>
          );
        })}
        {errors.slots ? (
          <ValidationMessage id="slots-error">{errors.slots}</ValidationMessage>
        ) : null}
        <div>
          <Button
            ref={addButton}
            id="add-slot"
            type="button"
            variant="secondary"
            onClick={addSlot}
            aria-describedby={errors.slots ? 'slots-error' : undefined}
          >
            {t.addSlot}
          </Button>
        </div>
        <div className="ds-sr-only" role="status" aria-live="polite">
          {announcement}
        </div>
      </section>

      <div className="form-actions">
        <Button type="submit" name="intent" value="publish" loading={submitting}>
          {submitting ? t.saving : t.saveAndPublish}
        </Button>
        <Button type="submit" name="intent" value="draft" variant="secondary" disabled={submitting}>
          {t.saveDraft}
        </Button>
        <Button asChild variant="tertiary">
          <Link href="/arbeidsgiver">{t.cancel}</Link>
        </Button>
      </div>
    </form>
  );
}
