import { useState } from 'react';
import type { ProductView } from '../api/types';
import type { BasketLine } from './basket';
import { Catalogue } from './Catalogue';
import { OrderDetails } from './OrderDetails';
import { OrderForm } from './OrderForm';
import { Orders } from './Orders';
import { PledgeProgress } from './PledgeProgress';

/** A buyer orders from the catalogue, follows its orders, accepts deliveries and watches its pledge. */
export function BuyerPage({ buyerId }: { buyerId: string }) {
  const [basket, setBasket] = useState<BasketLine[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  // Bumped when an order is placed or accepted, so the lists and the pledge are read again.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((value) => value + 1);
  const add = (product: ProductView, quantity: number) =>
    setBasket((lines) => [...lines.filter((line) => line.product.id !== product.id), { product, quantity }]);
  return (
    <div className="page buyer">
      <PledgeProgress buyerId={buyerId} version={version} />
      <div className="columns wide-left">
        <Catalogue onAdd={add} />
        <OrderForm
          lines={basket}
          onChange={setBasket}
          onPlaced={(order) => {
            setSelected(order.id);
            changed();
          }}
        />
      </div>
      <div className="columns">
        <Orders version={version} selected={selected} onSelect={setSelected} />
        {selected && <OrderDetails key={selected} orderId={selected} onChanged={changed} />}
      </div>
    </div>
  );
}
