/** Orders prices a line by the pricing shared with the console (libs/contracts). */
export { unitPriceFor } from '@hb/contracts/orders/pricing';
