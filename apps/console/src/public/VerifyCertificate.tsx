import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
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
    <Panel title={t('Verify a certificate')}>
      <form className="inline" onSubmit={submit}>
        <Field label={t('Certificate number')}>
          <input
            value={number}
            onChange={(event) => setNumber(event.target.value)}
            placeholder={t('e.g. GF-2026-000123')}
            required
          />
        </Field>
        <button type="submit" disabled={verify.running}>
          {t('Verify')}
        </button>
      </form>
      <ProblemAlert problem={verify.problem} />
      {verified && <Verification certificate={verified} />}
    </Panel>
  );
}

function Verification({ certificate }: { certificate: CertificateVerification }) {
  const { t } = useTranslation();
  return (
    <article className={`verification ${certificate.valid ? 'valid' : 'invalid'}`} aria-live="polite">
      <h3>
        {certificate.number}{' '}
        <Badge tone={certificate.valid ? 'good' : 'bad'}>
          {certificate.valid ? t('Valid') : t('Not valid')}
        </Badge>{' '}
        <Badge tone={certificate.status === 'active' ? 'good' : 'bad'}>{t(certificate.status)}</Badge>
      </h3>
      <p className="reason">{certificate.reason}</p>
      <dl>
        <dt>{t('Scheme')}</dt>
        <dd>{t(SCHEME[certificate.scheme])}</dd>
        <dt>{t('Holder')}</dt>
        <dd>{certificate.holderName ?? t('not yet known')}</dd>
        <dt>{t('Products')}</dt>
        <dd>
          {certificate.products.map((product) => product.name ?? t('a product not yet known')).join(', ')}
        </dd>
        <dt>{t('Validity')}</dt>
        <dd>
          {t('from {{day}}', { day: day(certificate.validFrom) })}{' '}
          {certificate.validUntil
            ? t('until {{day}}', { day: day(certificate.validUntil) })
            : t('without end')}
        </dd>
      </dl>
    </article>
  );
}
