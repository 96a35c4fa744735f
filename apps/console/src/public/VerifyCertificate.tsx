import { useState, type FormEvent } from 'react';
import type { CertificateVerification } from '../api/types';
import { Badge } from '../components/Badge';
import { Field } from '../components/Field';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { day } from '../format';
import { useAction } from '../hooks';
import { SCHEME } from '../labels';
import { useApi } from '../session';

/** Anyone can check a certificate number: valid today or not, and why. */
export function VerifyCertificate() {
  const api = useApi();
  const [number, setNumber] = useState('');
  const [verified, setVerified] = useState<CertificateVerification | null>(null);
  const verify = useAction(async (wanted: string) => setVerified(await api.verifyCertificate(wanted)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setVerified(null);
    void verify.run(number.trim());
  };
  return (
    <Panel title="Verify a certificate">
      <form className="inline" onSubmit={submit}>
        <Field label="Certificate number">
          <input
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            placeholder="e.g. GF-2026-000123"
            required
          />
        </Field>
        <button type="submit" disabled={verify.running}>
          Verify
        </button>
      </form>
      <ProblemAlert problem={verify.problem} />
      {verified && <Verification certificate={verified} />}
    </Panel>
  );
}

function Verification({ certificate }: { certificate: CertificateVerification }) {
  return (
    <article className={`verification ${certificate.valid ? 'valid' : 'invalid'}`} aria-live="polite">
      <h3>
        {certificate.number}{' '}
        <Badge tone={certificate.valid ? 'good' : 'bad'}>{certificate.valid ? 'Valid' : 'Not valid'}</Badge>{' '}
        <Badge tone={certificate.status === 'active' ? 'good' : 'bad'}>{certificate.status}</Badge>
      </h3>
      <p className="reason">{certificate.reason}</p>
      <dl>
        <dt>Scheme</dt>
        <dd>{SCHEME[certificate.scheme]}</dd>
        <dt>Holder</dt>
        <dd>{certificate.holderName ?? 'not yet known'}</dd>
        <dt>Products</dt>
        <dd>{certificate.products.map((product) => product.name ?? 'a product not yet known').join(', ')}</dd>
        <dt>Validity</dt>
        <dd>
          from {day(certificate.validFrom)}{' '}
          {certificate.validUntil ? `until ${day(certificate.validUntil)}` : 'without end'}
        </dd>
      </dl>
    </article>
  );
}
