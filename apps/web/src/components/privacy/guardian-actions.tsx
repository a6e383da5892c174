'use client';

import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { Dictionary } from '@/i18n/dictionary';
import type { FieldErrorMap } from '@/lib/field-errors';
import { EraseConfirmFields, eraseConfirmProblems } from './erase-confirm-fields';
import { GraphQLRequestError, graphqlClient } from '@/lib/graphql';
import { GUARDIAN_ERASE_MUTATION, GUARDIAN_EXPORT_MUTATION } from './data-rights-operations';

type Texts = Dictionary['identity']['guardian'];
type Outcome = 'exported' | 'erased' | 'used' | 'expired' | 'invalid';

function outcomeOf(error: unknown): Outcome | null {
  if (!(error instanceof GraphQLRequestError)) return null;
  if (error.code === 'TOKEN_USED') return 'used';
  if (error.code === 'TOKEN_EXPIRED') return 'expired';
  if (error.code === 'TOKEN_INVALID') return 'invalid';
  return null;
}

/** Saves a text as a file in the browser (the export is a JSON document). */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1_000);
}

/**
 * What a guardian can do with the link: download the pupil's data, or erase the account (ticked
 * box and the word SLETT first). The link works once, so after either, the other needs a new link.
 */
export function GuardianActions({
  token,
  t,
  errorSummaryTitle,
}: {
  token: string;
  t: Texts;
  errorSummaryTitle: string;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [focusKey, setFocusKey] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open]);
  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);

  async function download() {
    if (working) return;
    setWorking(true);
    setFailed(false);
    try {
      const { guardianExportData } = await graphqlClient(GUARDIAN_EXPORT_MUTATION, {
        input: { token },
      });
      saveFile(
        `akselerator-elevens-data-${new Date().toISOString().slice(0, 10)}.json`,
        guardianExportData,
      );
      setOutcome('exported');
    } catch (error) {
      const known = outcomeOf(error);
      if (known) setOutcome(known);
      else setFailed(true);
    } finally {
      setWorking(false);
    }
  }

  async function erase(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (working) return;
    const problems = eraseConfirmProblems(understood, confirmation, t);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setFocusKey((key) => key + 1);
      return;
    }
    setWorking(true);
    setFailed(false);
    try {
      await graphqlClient(GUARDIAN_ERASE_MUTATION, {
        input: { token, confirmation: confirmation.trim() },
      });
      setOutcome('erased');
    } catch (error) {
      const known = outcomeOf(error);
      if (known) setOutcome(known);
      else if (error instanceof GraphQLRequestError && error.fieldErrors.length > 0) {
        setErrors({ confirmation: t.eraseWrongWord });
        setFocusKey((key) => key + 1);
      } else setFailed(true);
    } finally {
      setWorking(false);
    }
  }

  if (outcome) {
    const [title, body, color] =
      outcome === 'exported'
        ? [t.exportHeading, t.exported, 'success']
        : outcome === 'erased'
          ? [t.erasedTitle, t.erasedBody, 'success']
          : outcome === 'used'
            ? [t.usedTitle, t.usedBody, 'warning']
            : outcome === 'expired'
              ? [t.expiredTitle, t.expiredBody, 'warning']
              : [t.invalidTitle, t.invalidBody, 'warning'];
    return (
      <div
        className="ds-alert"
        data-color={color}
        data-testid="guardian-result"
        tabIndex={-1}
        ref={resultRef}
      >
        <h2 className="ds-heading" data-size="xs">
          {title}
        </h2>
        <p className="ds-paragraph">{body}</p>
      </div>
    );
  }

  return (
    <div className="stack-lg">
      <div aria-live="polite">
        {failed ? (
          <div className="ds-alert" data-color="danger">
            <p className="ds-paragraph">{t.failed}</p>
          </div>
        ) : null}
      </div>
      <section className="stack" aria-labelledby="guardian-export-heading">
        <h2 className="ds-heading" data-size="md" id="guardian-export-heading">
          {t.exportHeading}
        </h2>
        <p className="ds-paragraph">{t.exportIntro}</p>
        <div className="form-actions">
          <button
            type="button"
            className="ds-button"
            aria-busy={working || undefined}
            onClick={() => void download()}
            data-testid="guardian-export"
          >
            {t.exportButton}
          </button>
        </div>
      </section>
      <section className="stack" aria-labelledby="guardian-erase-heading">
        <h2 className="ds-heading" data-size="md" id="guardian-erase-heading">
          {t.eraseHeading}
        </h2>
        <p className="ds-paragraph">{t.eraseIntro}</p>
        {!open ? (
          <div className="form-actions">
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              data-color="danger"
              onClick={() => {
                setOpen(true);
              }}
            >
              {t.eraseStart}
            </button>
          </div>
        ) : (
          <form
            noValidate
            className="stack ds-card"
            data-color="danger"
            aria-labelledby="guardian-erase-confirm"
            onSubmit={(event) => void erase(event)}
          >
            <h3
              className="ds-heading"
              data-size="xs"
              id="guardian-erase-confirm"
              tabIndex={-1}
              ref={headingRef}
            >
              {t.eraseConfirmHeading}
            </h3>
            <EraseConfirmFields
              errorSummaryTitle={errorSummaryTitle}
              errorSummaryId="guardian-erase-errors"
              focusKey={focusKey}
              understood={understood}
              onUnderstood={setUnderstood}
              confirmation={confirmation}
              onConfirmation={setConfirmation}
              errors={errors}
              busy={working}
              onCancel={() => {
                setOpen(false);
                setErrors({});
              }}
              t={t}
            />
          </form>
        )}
      </section>
    </div>
  );
}
