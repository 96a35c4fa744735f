import { useState } from 'react';
import type { ApplicationView } from '../api/types';
import { ApplicationDetails } from './ApplicationDetails';
import { ApplicationQueue } from './ApplicationQueue';

/** A certifier works through the queue of applications, stage by stage. */
export function CertifierPage() {
  const [selected, setSelected] = useState<ApplicationView | null>(null);
  const [version, setVersion] = useState(0);
  const moved = (application: ApplicationView) => {
    setSelected(application);
    setVersion((value) => value + 1);
  };
  return (
    <div className="page certifier columns">
      <ApplicationQueue version={version} selected={selected?.id ?? null} onSelect={setSelected} />
      {selected && <ApplicationDetails key={selected.id} application={selected} onMoved={moved} />}
    </div>
  );
}
