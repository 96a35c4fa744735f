import { ApiProblem, describeProblem } from '../api/problem';
import { useSession } from '../session';

/** A problem from the APIs, in words, where it happened (never only in the browser console). */
export function ProblemAlert({ problem, onDismiss }: { problem: unknown; onDismiss?: () => void }) {
  const { signedIn, signOut } = useSession();
  if (!problem) return null;
  const { headline, details } = describeProblem(problem);
  const signInAgain = signedIn !== null && problem instanceof ApiProblem && problem.status === 401;
  return (
    <div className="problem" role="alert">
      <strong>{headline}</strong>
      {details.map((detail) => (
        <p key={detail}>{detail}</p>
      ))}
      {signInAgain && (
        <button type="button" className="link" onClick={signOut}>
          Sign in again
        </button>
      )}
      {onDismiss && !signInAgain && (
        <button type="button" className="link" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
