import { useTranslation } from 'react-i18next';
import { ApiClient } from './api/client';
import type { ConsoleRole } from './api/types';
import { Loading } from './components/Loading';
import { Panel } from './components/Panel';
import { ProblemAlert } from './components/ProblemAlert';
import { useAction, useLoad } from './hooks';
import { ROLE_NAME } from './labels';
import { useSession } from './session';

/** A page for a role nobody is signed in as: sign in at the identity provider (or, in development, as the demo's person). */
export function SignIn({ role }: { role: ConsoleRole }) {
  const { t } = useTranslation();
  const { signedIn, signIn, developmentSignIn } = useSession();
  const options = useLoad(() => ApiClient.signInOptions(), []);
  const signingIn = useAction(developmentSignIn);
  return (
    <Panel title={t('Sign in')} className="sign-in">
      <Loading loaded={options}>
        {({ oidc, development }) => (
          <>
            <p>{t('This page is for a signed-in {{role}}.', { role: t(ROLE_NAME[role]) })}</p>
            {signedIn && (
              <p className="muted">
                {t('You are signed in as {{name}}; signing in again changes who you are.', {
                  name: signedIn.name,
                })}
              </p>
            )}
            {oidc && (
              <button type="button" className="primary" onClick={() => signIn(role)}>
                {t('Sign in')}
              </button>
            )}
            {development && (
              <p>
                <button type="button" onClick={() => void signingIn.run(role)} disabled={signingIn.running}>
                  {t("Sign in as the demo's {{role}} (development token)", { role: t(ROLE_NAME[role]) })}
                </button>
              </p>
            )}
            {!oidc && !development && <p>{t('This console offers no sign-in: ask its administrator.')}</p>}
            <ProblemAlert problem={signingIn.problem} />
          </>
        )}
      </Loading>
    </Panel>
  );
}
