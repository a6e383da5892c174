'use client';

import { useState, type SubmitEvent } from 'react';
import {
  CheckboxGroup,
  PlainErrorSummary,
  TextField,
  type CheckboxChoice,
} from '@/components/forms/plain-fields';
import type { Dictionary } from '@/i18n/dictionary';
import { graphqlClient } from '@/lib/graphql';
import { SAVE_MAPPING_MUTATION, type StrengthMappingView } from './plan-operations';
import { usePlanAction } from './use-plan-action';

const ORDER = ['interests', 'strengths', 'adaptations', 'dreams', 'workExperience', 'goals'];

interface MappingFormProps {
  youthId: string;
  mapping: StrengthMappingView | null;
  strengthChoices: CheckboxChoice[];
  adaptationChoices: CheckboxChoice[];
  /** Why there is no field for health or diagnoses, in the visitor's language. */
  noHealthNote: string;
  t: Dictionary['plan'];
}

/**
 * The strength-based mapping, filled in by the coordinator together with the young person. There
 * is deliberately no field for health or diagnoses, and the form says why.
 */
export function MappingForm({
  youthId,
  mapping,
  strengthChoices,
  adaptationChoices,
  noHealthNote,
  t,
}: MappingFormProps) {
  const action = usePlanAction(t);
  const [interests, setInterests] = useState(mapping?.interests.join(', ') ?? '');
  const [strengths, setStrengths] = useState<string[]>(mapping?.strengths ?? []);
  const [adaptations, setAdaptations] = useState<string[]>(mapping?.adaptations ?? []);
  const [dreams, setDreams] = useState(mapping?.dreams ?? '');
  const [workExperience, setWorkExperience] = useState(mapping?.workExperience ?? '');
  const [goals, setGoals] = useState(mapping?.goals ?? '');
  const labels: Record<string, string> = {
    interests: t.interests,
    strengths: t.strengths,
    adaptations: t.adaptations,
    dreams: t.dreams,
    workExperience: t.workExperience,
    goals: t.goals,
  };

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    await action.run(() =>
      graphqlClient(SAVE_MAPPING_MUTATION, {
        youthId,
        input: {
          interests: interests
            .split(',')
            .map((tag) => tag.trim())
            .filter(Boolean),
          strengths,
          adaptations,
          dreams,
          workExperience,
          goals,
        },
      }),
    );
  }

  const text = (
    path: 'dreams' | 'workExperience' | 'goals',
    value: string,
    set: (value: string) => void,
    description: string,
  ) => (
    <TextField
      path={path}
      label={labels[path] ?? path}
      description={description}
      multiline
      rows={3}
      maxLength={1000}
      value={value}
      onChange={(next) => {
        set(next);
        action.clear(path);
      }}
      error={action.errors[path]}
    />
  );

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="mapping-heading"
      onSubmit={(event) => void submit(event)}
      data-testid="mapping-form"
    >
      <PlainErrorSummary
        title={t.errorSummaryTitle}
        errors={action.errors}
        formErrors={action.formErrors}
        focusKey={action.focusKey}
        labelFor={(field) => labels[field]}
        rank={(field) => ORDER.indexOf(field)}
        headingId="mapping-error-summary"
      />
      <details className="ds-details" data-testid="no-health-note">
        <summary>{t.noHealthHeading}</summary>
        <p className="ds-paragraph" data-size="sm">
          {noHealthNote}
        </p>
      </details>
      <TextField
        path="interests"
        label={t.interests}
        description={t.interestsDescription}
        value={interests}
        maxLength={450}
        onChange={(next) => {
          setInterests(next);
          action.clear('interests');
        }}
        error={action.errors.interests}
      />
      <CheckboxGroup
        path="strengths"
        legend={t.strengths}
        description={t.strengthsDescription}
        choices={strengthChoices}
        value={strengths}
        onChange={(next) => {
          setStrengths(next);
          action.clear('strengths');
        }}
        error={action.errors.strengths}
      />
      <CheckboxGroup
        path="adaptations"
        legend={t.adaptations}
        description={t.adaptationsDescription}
        choices={adaptationChoices}
        value={adaptations}
        onChange={(next) => {
          setAdaptations(next);
          action.clear('adaptations');
        }}
        error={action.errors.adaptations}
      />
      {text('dreams', dreams, setDreams, t.dreamsDescription)}
      {text('workExperience', workExperience, setWorkExperience, t.workExperienceDescription)}
      {text('goals', goals, setGoals, t.goalsDescription)}
      <div className="form-actions">
        <button
          type="submit"
          className="ds-button"
          data-variant="primary"
          aria-busy={action.busy || undefined}
        >
          {action.busy ? t.saving : t.saveMapping}
        </button>
        <p className="ds-paragraph" data-size="sm" role="status">
          {action.done ? t.mappingSaved : ''}
        </p>
      </div>
    </form>
  );
}
