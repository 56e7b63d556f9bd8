import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { judgePassphrase, MIN_PASSPHRASE_LENGTH } from '../../../../shared/domain/passphrase';
import { Field } from '../../components/Field';
import { describePassphraseProblem } from '../../i18n/describeError';
import { PassphraseFeedback } from './PassphraseFeedback';

/** A new passphrase typed twice: its value, its confirmation and what is wrong with them. */
export interface NewPassphrase {
  value: string;
  confirmation: string;
  setValue: (value: string) => void;
  setConfirmation: (value: string) => void;
  /** The refusal shown as the passphrase field's error (null: none shown). */
  problem: string | null;
  mismatch: boolean;
  valueRef: RefObject<HTMLInputElement | null>;
  confirmRef: RefObject<HTMLInputElement | null>;
  /**
   * Judged here first so the lawyer hears why at once (the core enforces the same rules): true
   * when both fields are right, else the field to fix gets the focus and its error.
   */
  check: () => boolean;
}

export function useNewPassphrase(): NewPassphrase {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const valueRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  return {
    value,
    confirmation,
    setValue: (next) => {
      setValue(next);
      setProblem(null);
    },
    setConfirmation: (next) => {
      setConfirmation(next);
      setMismatch(false);
    },
    problem,
    mismatch,
    valueRef,
    confirmRef,
    check: () => {
      const verdict = judgePassphrase(value);
      if (!verdict.acceptable) {
        setProblem(verdict.problem ? describePassphraseProblem(t, verdict.problem) : null);
        valueRef.current?.focus();
        return false;
      }
      setProblem(null);
      if (value !== confirmation) {
        setMismatch(true);
        confirmRef.current?.focus();
        return false;
      }
      setMismatch(false);
      return true;
    },
  };
}

interface NewPassphraseFieldsProps {
  state: NewPassphrase;
  labels: { passphrase: string; confirm: string; mismatch: string };
  disabled?: boolean;
}

/** The passphrase with its strength meter, then its confirmation. */
export function NewPassphraseFields({ state, labels, disabled }: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const feedbackId = useId();
  const input = {
    type: 'password',
    autoComplete: 'new-password',
    spellCheck: false,
    disabled,
  } as const;
  return (
    <>
      <Field
        label={labels.passphrase}
        hint={t('passphrase.requirements', { min: MIN_PASSPHRASE_LENGTH })}
        error={state.problem}
        required
      >
        {(control) => (
          <>
            <input
              {...control}
              {...input}
              aria-describedby={[control['aria-describedby'], feedbackId].join(' ')}
              ref={state.valueRef}
              value={state.value}
              onChange={(event) => state.setValue(event.target.value)}
            />
            {state.value.length > 0 && (
              // Once the refusal is shown as the field's error, the meter does not repeat it.
              <PassphraseFeedback
                id={feedbackId}
                verdict={judgePassphrase(state.value)}
                explain={!state.problem}
              />
            )}
          </>
        )}
      </Field>
      <Field label={labels.confirm} error={state.mismatch ? labels.mismatch : null} required>
        {(control) => (
          <input
            {...control}
            {...input}
            ref={state.confirmRef}
            value={state.confirmation}
            onChange={(event) => state.setConfirmation(event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
