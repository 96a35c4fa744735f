import { IllegalTransition, IllegalTransitionError } from '../errors/domain-errors';
import { toProblem } from '../http/problem';
import { defineLifecycle, targetsOf } from './lifecycle';

const STATES = ['draft', 'listed', 'delisted', 'archived'] as const;
type State = (typeof STATES)[number];

const product = defineLifecycle<State, 'list' | 'delist' | 'archive'>({
  aggregate: 'product',
  states: STATES,
  transitions: {
    draft: { list: 'listed', archive: 'archived' },
    listed: { delist: 'delisted' },
    delisted: { list: 'listed', archive: 'archived' },
    archived: {},
  },
  description: 'A product is listed, delisted, listed again; archiving is final.',
});

describe('defineLifecycle', () => {
  it('follows the table, and only the table', () => {
    expect(product.next('draft', 'list')).toBe('listed');
    expect(product.next('delisted', 'list')).toBe('listed');
    expect(product.can('listed', 'delist')).toBe(true);
    expect(product.can('listed', 'archive')).toBe(false);
    expect(product.allowed('delisted')).toEqual(['list', 'archive']);
    expect(product.finals).toEqual(['archived']);
  });

  it('refuses a move the table lacks with a 409 naming the trigger, the state it came from and what is allowed', () => {
    let refusal: unknown;
    try {
      product.next('listed', 'archive');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(IllegalTransition);
    expect(refusal).toBeInstanceOf(IllegalTransitionError);
    expect(toProblem(refusal)).toEqual({
      type: '/problems/illegal-transition',
      title: 'This state change is not allowed',
      status: 409,
      detail: 'product cannot go from listed to archived',
      from: 'listed',
      to: 'archived',
      trigger: 'archive',
      allowed: ['delist'],
    });
  });

  it('leaves out the target of a trigger that leads to different states, and says so in the detail', () => {
    const door = defineLifecycle<'open' | 'shut' | 'locked', 'toggle' | 'lock'>({
      aggregate: 'door',
      states: ['open', 'shut', 'locked'],
      transitions: { open: { toggle: 'shut' }, shut: { toggle: 'open', lock: 'locked' }, locked: {} },
      description: 'A door.',
    });
    expect(() => door.next('locked', 'toggle')).toThrow('door cannot toggle from locked');
    try {
      door.next('locked', 'toggle');
    } catch (error) {
      expect(toProblem(error)).toMatchObject({ from: 'locked', trigger: 'toggle', allowed: [] });
      expect(toProblem(error)).not.toHaveProperty('to');
    }
  });

  it('describes a trigger and the whole table for docs', () => {
    expect(product.describeTrigger('list')).toBe('draft → listed, delisted → listed');
    expect(product.describe()).toBe(
      [
        'A product is listed, delisted, listed again; archiving is final.',
        '',
        '- draft —list→ listed',
        '- draft —archive→ archived',
        '- listed —delist→ delisted',
        '- delisted —list→ listed',
        '- delisted —archive→ archived',
      ].join('\n'),
    );
  });

  it('turns a from × to → who table into a lifecycle whose triggers are the target states', () => {
    const custody = defineLifecycle({
      aggregate: 'shipment',
      states: ['created', 'moving', 'delivered'] as const,
      transitions: targetsOf({
        created: { moving: 'operator' },
        moving: { delivered: 'operator' },
        delivered: {},
      }),
      description: 'Custody.',
    });
    expect(custody.next('created', 'moving')).toBe('moving');
    expect(() => custody.next('created', 'delivered')).toThrow(
      'shipment cannot go from created to delivered',
    );
    expect(custody.finals).toEqual(['delivered']);
  });
});
