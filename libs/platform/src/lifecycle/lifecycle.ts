import { IllegalTransition } from '../errors/domain-errors';

/** A state table: state × trigger → state. Anything not listed is illegal. */
export type TransitionTable<S extends string, T extends string> = {
  readonly [state in S]: { readonly [trigger in T]?: S };
};

export interface LifecycleDefinition<S extends string, T extends string> {
  /** The aggregate's name as clients read it in problems (`order`, `shipment`). */
  readonly aggregate: string;
  readonly states: readonly S[];
  readonly transitions: TransitionTable<S, T>;
  /** Why the table is as it is, for the OpenAPI description and README. */
  readonly description: string;
}

export interface Lifecycle<S extends string, T extends string> extends LifecycleDefinition<S, T> {
  /** States nothing leads out of. */
  readonly finals: readonly S[];
  can(from: S, trigger: T): boolean;
  /** The state `trigger` leads to from `from`, or IllegalTransition (409) if the table has no such move. */
  next(from: S, trigger: T): S;
  /** The triggers the table allows from a state, in table order. */
  allowed(from: S): T[];
  /** "draft → listed, delisted → listed": where a trigger may be used and where it leads. */
  describeTrigger(trigger: T): string;
  /** The description followed by every move, one per line, for docs. */
  describe(): string;
}

/**
 * One helper for every state machine of the house: the table stays data (declared once, tested
 * exhaustively, read by docs), and `next`, `can`, `finals` and descriptions come from here.
 */
export function defineLifecycle<S extends string, T extends string>(
  definition: LifecycleDefinition<S, T>,
): Lifecycle<S, T> {
  const { aggregate, states, transitions, description } = definition;
  const edges = states.flatMap((from) =>
    (Object.entries(transitions[from]) as [T, S][]).map(([trigger, to]) => ({ from, trigger, to })),
  );
  /** The state a trigger leads to, when it leads to one state wherever it is allowed. */
  const targetOf = (trigger: T): S | undefined => {
    const targets = new Set(edges.filter((edge) => edge.trigger === trigger).map((edge) => edge.to));
    return targets.size === 1 ? [...targets][0] : undefined;
  };
  const can = (from: S, trigger: T): boolean => transitions[from]?.[trigger] !== undefined;
  const allowed = (from: S): T[] => Object.keys(transitions[from] ?? {}) as T[];
  return {
    ...definition,
    finals: states.filter((state) => allowed(state).length === 0),
    can,
    allowed,
    next(from, trigger) {
      const to = transitions[from]?.[trigger];
      if (to === undefined)
        throw new IllegalTransition(aggregate, from, trigger, allowed(from), targetOf(trigger));
      return to;
    },
    describeTrigger(trigger) {
      return edges
        .filter((edge) => edge.trigger === trigger)
        .map((edge) => `${edge.from} → ${edge.to}`)
        .join(', ');
    },
    describe() {
      return [description, '', ...edges.map((edge) => `- ${edge.from} —${edge.trigger}→ ${edge.to}`)].join(
        '\n',
      );
    },
  };
}

/**
 * The transition table of a lifecycle whose trigger is the target state itself (`from × to → who`),
 * such as a shipment's custody moves: the `who` stays in the caller's table for its own checks.
 */
export function targetsOf<S extends string>(table: {
  readonly [state in S]: { readonly [to in S]?: unknown };
}): TransitionTable<S, S> {
  return Object.fromEntries(
    Object.entries(table).map(([from, moves]) => [
      from,
      Object.fromEntries(Object.keys(moves as object).map((to) => [to, to])),
    ]),
  ) as TransitionTable<S, S>;
}
