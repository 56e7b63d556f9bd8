import { useTranslation } from 'react-i18next';
import type { PassphraseVerdict } from '../../../../shared/domain/passphrase';
import { describePassphraseProblem } from '../../i18n/describeError';

/** Live strength meter; the words carry the meaning, the bar only repeats it. */
interface PassphraseFeedbackProps {
  id: string;
  verdict: PassphraseVerdict;
  /** Whether to say what is wrong or right, besides the strength itself. */
  explain: boolean;
}

export function PassphraseFeedback({ id, verdict, explain }: PassphraseFeedbackProps) {
  const { t } = useTranslation();
  const label = t(`passphrase.score.${verdict.score}`);
  return (
    <div className="passphrase-feedback" id={id} aria-live="polite">
      <div className={`strength-bar strength-bar--${verdict.score}`} aria-hidden="true">
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={step <= verdict.score ? 'is-filled' : undefined} />
        ))}
      </div>
      <p className="passphrase-feedback__text">
        <span className="passphrase-feedback__score">{t('passphrase.strength', { label })}</span>
        {explain && ' '}
        {explain &&
          (verdict.acceptable || !verdict.problem
            ? t('passphrase.acceptable')
            : describePassphraseProblem(t, verdict.problem))}
      </p>
    </div>
  );
}
