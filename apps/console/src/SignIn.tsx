import { ApiClient } from './api/client';
import type { ConsoleRole } from './api/types';
import { Loading } from './components/Loading';
import { Panel } from './components/Panel';
import { ProblemAlert } from './components/ProblemAlert';
import { useAction, useLoad } from './hooks';
import { useSession } from './session';

/** A page for a role nobody is signed in as: sign in as the demo's person of that role. */
export function SignIn({ role }: { role: ConsoleRole }) {
  const { signIn } = useSession();
  const identities = useLoad(() => ApiClient.identities(), []);
  const signingIn = useAction(signIn);
  return (
    <Panel title="Sign in" className="sign-in">
      <Loading loaded={identities}>
        {(people) => {
          const person = people.find((candidate) => candidate.role === role);
          if (!person) return <p>This console has no demo identity for this role.</p>;
          return (
            <>
              <p>
                This page is for the {person.description}. The console signs you in with a development token.
              </p>
              <button
                type="button"
                className="primary"
                onClick={() => void signingIn.run(role)}
                disabled={signingIn.running}
              >
                Sign in as the {role}
              </button>
              <ProblemAlert problem={signingIn.problem} />
            </>
          );
        }}
      </Loading>
    </Panel>
  );
}
