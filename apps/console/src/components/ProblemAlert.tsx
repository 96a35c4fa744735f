import { useTranslation } from 'react-i18next';
import { ApiProblem, describeProblem } from '../api/problem';
import { useRoute } from '../route';
import { useSession } from '../session';

/** A problem from the APIs, in words, where it happened (never only in the browser console). */
export function ProblemAlert({ problem, onDismiss }: { problem: unknown; onDismiss?: () => void }) {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const { signedIn, signIn } = useSession();
  if (!problem) return null;
  const { headline, details } = describeProblem(
    problem,
    (key, options) => t(key, options ?? {}),
    i18n.language,
  );
  const signInAgain = Boolean(signedIn) && problem instanceof ApiProblem && problem.status === 401;
  return (
    <div className="problem" role="alert">
      <strong>{headline}</strong>
      {details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
      {signInAgain && (
        <button type="button" className="link" onClick={() => signIn(route)}>
          {t('Sign in again')}
        </button>
      )}
      {onDismiss && !signInAgain && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('Dismiss')}
        </button>
      )}
    </div>
  );
}
