import { useState } from 'react';
import type { ProductView } from '../api/types';
import type { BasketLine } from './basket';
import { BrandCatalogue } from '../brands/BrandCatalogue';
import { BuyerFairs } from '../fairs/BuyerFairs';
import { Catalogue } from './Catalogue';
import { EmergencyOffers } from './EmergencyOffers';
import { OrderDetails } from './OrderDetails';
import { OrderForm } from './OrderForm';
import { Orders } from './Orders';
import { PledgeProgress } from './PledgeProgress';
import { Recalls } from './Recalls';
import { Rfqs } from './Rfqs';
import { StandingOrders } from './StandingOrders';

/**
 * A buyer orders from the catalogue (once or standing), from the emergency sales offered to it and
 * through requests for quotation and from the purchase intents it records at docking fairs; reads the
 * brand catalogue; follows its orders and the recalls that reach them, accepts
 * deliveries and watches its pledge and its pace.
 */
export function BuyerPage({ buyerId }: { buyerId: string }) {
  const [basket, setBasket] = useState<BasketLine[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  // Bumped when an order is placed or accepted, so the lists and the pledge are read again.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((value) => value + 1);
  const placed = (orderId: string | null) => {
    if (orderId) setSelected(orderId);
    changed();
  };
  const add = (product: ProductView, quantity: number) =>
    setBasket((lines) => [...lines.filter((line) => line.product.id !== product.id), { product, quantity }]);
  return (
    <div className="page buyer">
      <PledgeProgress buyerId={buyerId} version={version} />
      <EmergencyOffers version={version} onOrdered={(order) => placed(order.id)} />
      <div className="columns wide-left">
        <Catalogue onAdd={add} />
        <OrderForm
          lines={basket}
          onChange={setBasket}
          onPlaced={(order) => placed(order.id)}
          onStandingOrder={changed}
        />
      </div>
      <div className="columns">
        <Orders version={version} selected={selected} onSelect={setSelected} />
        {selected && <OrderDetails key={selected} orderId={selected} onChanged={changed} />}
      </div>
      <div className="columns">
        <StandingOrders version={version} />
        <Recalls version={version} onSelect={setSelected} />
      </div>
      <Rfqs onAwarded={placed} />
      <BuyerFairs onOrdered={placed} />
      <BrandCatalogue />
    </div>
  );
}
