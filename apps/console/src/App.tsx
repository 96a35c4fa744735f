import type { ReactNode } from 'react';
import { BuyerPage } from './buyer/BuyerPage';
import { CertifierPage } from './certifier/CertifierPage';
import { OperatorPage } from './operator/OperatorPage';
import { PublicPage } from './public/PublicPage';
import { href, useRoute, type Route } from './route';
import { useSession } from './session';
import { SignIn } from './SignIn';

const TITLES: Record<Route, string> = {
  public: 'Public',
  buyer: 'Buyer',
  operator: 'Cold-chain operator',
  certifier: 'Certifier',
};

export function App() {
  const route = useRoute();
  const { signedIn, signOut } = useSession();
  return (
    <>
      <header className="top">
        <h1>Harvest Bridge</h1>
        <nav>
          {(Object.keys(TITLES) as Route[]).map((page) => (
            <a key={page} href={href(page)} aria-current={page === route ? 'page' : undefined}>
              {TITLES[page]}
            </a>
          ))}
        </nav>
        {signedIn && (
          <p className="who">
            Signed in as the {signedIn.description}{' '}
            <button type="button" className="link" onClick={signOut}>
              Sign out
            </button>
          </p>
        )}
      </header>
      <main>{page(route, signedIn?.role === route ? signedIn.organisationId : null)}</main>
    </>
  );
}

/** The page of a route; a role's page needs someone signed in as that role. */
function page(route: Route, organisationId: string | null): ReactNode {
  if (route === 'public') return <PublicPage />;
  if (organisationId === null) return <SignIn role={route} />;
  switch (route) {
    case 'buyer':
      return <BuyerPage buyerId={organisationId} />;
    case 'operator':
      return <OperatorPage operatorId={organisationId} />;
    case 'certifier':
      return <CertifierPage />;
  }
}
