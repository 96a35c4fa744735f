import { useState } from 'react';
import { ShipmentDetails } from './ShipmentDetails';
import { Shipments } from './Shipments';

/** A cold-chain operator claims shipments, records their custody and watches their temperature. */
export function OperatorPage({ operatorId }: { operatorId: string }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  return (
    <div className="page operator columns">
      <Shipments operatorId={operatorId} version={version} selected={selected} onSelect={setSelected} />
      {selected && (
        <ShipmentDetails
          key={selected}
          shipmentId={selected}
          operatorId={operatorId}
          onChanged={() => setVersion((value) => value + 1)}
        />
      )}
    </div>
  );
}
