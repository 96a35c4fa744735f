import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandKind, BrandView } from '../api/types';
import { Badge } from '../components/Badge';
import { Choice } from '../components/Choice';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { useAction } from '../hooks';
import { BRAND_KIND, BRAND_STATUS } from '../labels';
import { useApi } from '../session';

/**
 * Submitting a brand to the catalogue: a producer its own enterprise or product brand, a county
 * official its county's regional public brand (on a geographical-indication certificate, if it has
 * one). The brand then waits for an administrator; what was submitted here is listed with its state.
 */
export function SubmitBrand({
  countyCode,
  kinds,
  onSubmitted,
  listSubmitted = true,
}: {
  countyCode: string;
  kinds: readonly BrandKind[];
  onSubmitted?: (brand: BrandView) => void;
  /** Lists what was submitted here; off where the page lists the brands from the service instead. */
  listSubmitted?: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<BrandKind | ''>(kinds[0]);
  const [certificate, setCertificate] = useState('');
  const [submitted, setSubmitted] = useState<BrandView[]>([]);
  const options = Object.fromEntries(kinds.map((key) => [key, BRAND_KIND[key]])) as Record<BrandKind, string>;
  const submit = useAction(async () => {
    const chosen = kind || kinds[0];
    const brand = await api.submitBrand({
      name: name.trim(),
      kind: chosen,
      countyCode,
      ...(chosen === 'regional_public' && certificate.trim()
        ? { geographicalIndicationCertificate: certificate.trim() }
        : {}),
    });
    setSubmitted((brands) => [brand, ...brands]);
    setName('');
    setCertificate('');
    onSubmitted?.(brand);
  });
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  return (
    <form onSubmit={send} aria-label={t('Submit a brand')} className="submit-brand">
      <h3>{t('Submit a brand')}</h3>
      <Field label={t('Brand name')}>
        <input value={name} maxLength={100} required onChange={(event) => setName(event.target.value)} />
      </Field>
      {kinds.length > 1 && (
        <Choice label={t('Kind of brand')} value={kind} options={options} onChange={setKind} any={null} />
      )}
      {(kind || kinds[0]) === 'regional_public' && (
        <Field
          label={t('Geographical-indication certificate')}
          hint={t('Its number, if the brand stands on one')}
        >
          <input
            value={certificate}
            maxLength={64}
            pattern="\S+"
            onChange={(event) => setCertificate(event.target.value)}
          />
        </Field>
      )}
      <button type="submit" className="primary" disabled={submit.running}>
        {t('Submit for admission')}
      </button>
      <ProblemAlert problem={submit.problem} onDismiss={submit.clear} />
      {listSubmitted && submitted.length > 0 && (
        <ul className="submitted-brands" aria-label={t('Brands submitted')}>
          {submitted.map((brand) => (
            <li key={brand.id} data-brand-id={brand.id}>
              {brand.name} ({t(BRAND_KIND[brand.kind])}){' '}
              <Badge tone={BRAND_STATUS[brand.status].tone}>{t(BRAND_STATUS[brand.status].label)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
