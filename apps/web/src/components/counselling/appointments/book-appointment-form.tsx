'use client';

import { useState, type SubmitEvent } from 'react';
import { useRouter } from 'next/navigation';
import { PlainErrorSummary, TextField } from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import type { FieldErrorMap } from '@/lib/field-errors';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { BOOK_APPOINTMENT_MUTATION } from './appointment-operations';

interface BookAppointmentFormProps {
  /** The coordinator books with this young person; a young person books with their coordinator. */
  youthId?: string;
  /** Today in Norway (YYYY-MM-DD), the earliest date offered. */
  today: string;
  t: Dictionary['intake'];
}

const ORDER = ['date', 'time', 'durationMinutes', 'place', 'agenda'];

/** Books a meeting; the API checks it (future start, 10–240 minutes, a place) field by field. */
export function BookAppointmentForm({ youthId, today, t }: BookAppointmentFormProps) {
  const router = useRouter();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('10:00');
  const [duration, setDuration] = useState('45');
  const [place, setPlace] = useState('');
  const [agenda, setAgenda] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const clear = (field: string) => {
    setErrors(({ [field]: _gone, ...rest }) => rest);
    setDone(false);
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      await graphqlClient(BOOK_APPOINTMENT_MUTATION, {
        input: {
          ...(youthId ? { youthId } : {}),
          date,
          time,
          durationMinutes: Number.parseInt(duration, 10) || 0,
          place,
          agenda: agenda.trim() === '' ? null : agenda,
        },
      });
      setErrors({});
      setFormErrors([]);
      setAgenda('');
      setDone(true);
      router.refresh();
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        const map: FieldErrorMap = {};
        for (const fieldError of error.fieldErrors) map[fieldError.field] ??= fieldError.message;
        setErrors(map);
        setFormErrors([]);
      } else {
        setErrors({});
        setFormErrors([
          error instanceof GraphQLRequestError ? error.message : t.appointmentsUnavailable,
        ]);
      }
      setFocusKey((key) => key + 1);
    } finally {
      setBusy(false);
    }
  }

  const labels: Record<string, string> = {
    date: t.date,
    time: t.time,
    durationMinutes: t.duration,
    place: t.place,
    agenda: t.agenda,
  };

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="book-appointment-heading"
      onSubmit={(event) => void submit(event)}
      data-testid="book-appointment"
    >
      <h2 className="ds-heading" data-size="sm" id="book-appointment-heading">
        {t.bookHeading}
      </h2>
      <PlainErrorSummary
        title={t.errorSummaryTitle}
        errors={errors}
        formErrors={formErrors}
        focusKey={focusKey}
        labelFor={(field) => labels[field]}
        rank={(field) => ORDER.indexOf(field)}
        headingId="book-appointment-errors"
      />
      <div className="cluster">
        <TextField
          path="date"
          label={t.date}
          type="date"
          min={today}
          value={date}
          onChange={(value) => {
            setDate(value);
            clear('date');
          }}
          error={errors.date}
        />
        <TextField
          path="time"
          label={t.time}
          type="time"
          value={time}
          onChange={(value) => {
            setTime(value);
            clear('time');
          }}
          error={errors.time}
        />
        <TextField
          path="durationMinutes"
          label={t.duration}
          description={t.durationHint}
          type="number"
          inputMode="numeric"
          min={10}
          max={240}
          step={5}
          value={duration}
          onChange={(value) => {
            setDuration(value);
            clear('durationMinutes');
          }}
          error={errors.durationMinutes}
        />
      </div>
      <TextField
        path="place"
        label={t.place}
        description={t.placeHint}
        maxLength={200}
        value={place}
        onChange={(value) => {
          setPlace(value);
          clear('place');
        }}
        error={errors.place}
      />
      <TextField
        path="agenda"
        label={t.agenda}
        description={t.agendaHint}
        multiline
        rows={3}
        maxLength={1000}
        value={agenda}
        onChange={(value) => {
          setAgenda(value);
          clear('agenda');
        }}
        error={errors.agenda}
      />
      <div>
        <button className="ds-button" data-variant="primary" type="submit" aria-disabled={busy}>
          {t.book}
        </button>
      </div>
      <div aria-live="polite">
        {done ? (
          <p className="ds-paragraph" data-testid="appointment-booked">
            {t.booked}
          </p>
        ) : null}
      </div>
    </form>
  );
}
