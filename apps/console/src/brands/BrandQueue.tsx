import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrandDecision, BrandView } from '../api/types';
import { Badge } from '../components/Badge';
import { Field } from '../components/Field';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { moment } from '../format';
import { useAction, useCursorPages } from '../hooks';
import { BRAND_KIND, BRAND_STATUS } from '../labels';
import { useApi } from '../session';
import { BrandCounty } from './BrandCatalogue';

/**
 * The administrators' admission queue: submitted brands, those of deep poverty counties first, then
 * key ones, oldest first; admitting or rejecting one, once, with a note.
 */
export function BrandQueue({ onDecided }: { onDecided?: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.brandQueue(page), [], 10);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [decided, setDecided] = useState<BrandView | null>(null);
  const decide = useAction(async (brand: BrandView, decision: BrandDecision) => {
    const note = (notes[brand.id] ?? '').trim();
    setDecided(await api.decideBrand(brand.id, { decision, note }));
    pages.reload();
    onDecided?.();
  });
  return (
    <Panel
      title={t('Brands waiting for admission')}
      actions={
        <button type="button" onClick={pages.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <ProblemAlert problem={decide.problem} onDismiss={decide.clear} />
      {decided && (
        <p className="decided" role="status">
          {decided.name}:{' '}
          <Badge tone={BRAND_STATUS[decided.status].tone}>{t(BRAND_STATUS[decided.status].label)}</Badge>
        </p>
      )}
      <Paged pages={pages} empty={t('No brand is waiting.')}>
        {(brands) => (
          <table className="brand-queue">
            <thead>
              <tr>
                <th>{t('Brand')}</th>
                <th>{t('County')}</th>
                <th>{t('Submitted')}</th>
                <th>{t('Decision')}</th>
              </tr>
            </thead>
            <tbody>
              {brands.map((brand) => (
                <tr key={brand.id} data-brand-id={brand.id}>
                  <td>
                    <strong>{brand.name}</strong>
                    <br />
                    <small className="muted">{t(BRAND_KIND[brand.kind])}</small>
                    {brand.geographicalIndicationCertificate && (
                      <>
                        <br />
                        <small>
                          {t('Geographical indication {{number}}', {
                            number: brand.geographicalIndicationCertificate,
                          })}
                        </small>
                      </>
                    )}
                  </td>
                  <td>
                    <BrandCounty brand={brand} />
                  </td>
                  <td>{moment(brand.submittedAt)}</td>
                  <td className="decision">
                    <Field label={t('Note on the decision for {{brand}}', { brand: brand.name })}>
                      <input
                        value={notes[brand.id] ?? ''}
                        maxLength={2000}
                        onChange={(event) => setNotes({ ...notes, [brand.id]: event.target.value })}
                      />
                    </Field>
                    <button
                      type="button"
                      className="primary"
                      disabled={decide.running || !(notes[brand.id] ?? '').trim()}
                      onClick={() => void decide.run(brand, 'admitted')}
                      aria-label={t('Admit {{brand}}', { brand: brand.name })}
                    >
                      {t('Admit')}
                    </button>{' '}
                    <button
                      type="button"
                      disabled={decide.running || !(notes[brand.id] ?? '').trim()}
                      onClick={() => void decide.run(brand, 'rejected')}
                      aria-label={t('Reject {{brand}}', { brand: brand.name })}
                    >
                      {t('Reject')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}
