import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { ApplicationStage, ApplicationView } from '../api/types';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { useAction } from '../hooks';
import { STAGE } from '../labels';
import { useSession } from '../session';
import { NEXT_REVIEW_STAGE } from './review-path';

/** Move an open application to its next stage, or reject it with the reason, noting why. */
export function StageActions({
  application,
  onMoved,
}: {
  application: ApplicationView;
  onMoved: (application: ApplicationView) => void;
}) {
  const { t } = useTranslation();
  const { api, signedIn } = useSession();
  const [note, setNote] = useState('');
  const move = useAction(async (to: ApplicationStage) =>
    onMoved(await api.moveApplication(application.id, to, note.trim())),
  );
  const next = NEXT_REVIEW_STAGE[application.stage];
  if (!next) return null;
  // Four eyes: the certification service refuses approval (409) by whoever moved the application
  // into review; another certifier of the body decides, so this one is told so and not offered it.
  const secondPersonNeeded =
    next === 'approved' && !!signedIn && application.movedIntoReviewBy === signedIn.subject;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void move.run(next);
  };
  return (
    <form className="stage-actions" onSubmit={submit} aria-label={t('Stage actions')}>
      {secondPersonNeeded && (
        <p className="notice four-eyes" role="note" id="four-eyes-notice">
          {t(
            'You moved this application into review, so another certifier of your body must decide on its approval.',
          )}
        </p>
      )}
      <Field
        label={t('Note')}
        hint={t("Kept in the application's history; a rejection needs its reason here.")}
      >
        <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={2} />
      </Field>
      <div className="buttons">
        <button
          type="submit"
          className="primary"
          disabled={move.running || secondPersonNeeded}
          aria-describedby={secondPersonNeeded ? 'four-eyes-notice' : undefined}
        >
          {next === 'approved'
            ? t('Approve and issue the certificate')
            : t('Move to {{stage}}', { stage: t(STAGE[next]).toLowerCase() })}
        </button>
        <button
          type="button"
          className="danger"
          disabled={move.running || note.trim() === ''}
          onClick={() => void move.run('rejected')}
        >
          {t('Reject')}
        </button>
      </div>
      <ProblemAlert problem={move.problem} onDismiss={move.clear} />
    </form>
  );
}
