import {
  BRAND_STATUS,
  ORDER_STATUS,
  RFQ_STATUS,
  SHIPMENT_STATUS,
  STAGE,
  STANDING_ORDER_STATUS,
} from '../labels';
import type { Problem, ServiceName } from './types';

/** i18next's `t`, or English as it is (the unit tests, and the text a translation is keyed by). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
const english: Translate = (key, options = {}) =>
  key.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
    const value = options[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });

/** Where an answer came from: one of the services, or the console server itself. */
export type Source = ServiceName | 'console';

const SOURCE_NAMES: Record<Source, string> = {
  catalog: 'The catalogue',
  orders: 'The orders service',
  logistics: 'The logistics service',
  certification: 'The certification service',
  monitoring: 'The monitoring service',
  console: 'The console',
};

interface FieldError {
  field: string;
  messages: string[];
}

/** A problem (RFC 9457) a service or the console server answered, or the network failing. */
export class ApiProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly source: Source,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }

  /** Nobody answered: the console server (or the network to it) is down. */
  static unreachable(source: Source): ApiProblem {
    return new ApiProblem(
      {
        type: '/problems/unreachable',
        title: 'No answer',
        status: 0,
        detail: 'the console server did not answer',
      },
      source,
    );
  }
}

/** `lines.0.quantity` or `lines[0].quantity` → `line 1, quantity`; `deliveryAddress` → `delivery address`. */
function fieldName(field: string): string {
  const words: string[] = [];
  for (const part of field.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (/^\d+$/.test(part) && words.length > 0) {
      words[words.length - 1] = `${words[words.length - 1].replace(/s$/, '')} ${Number(part) + 1}`;
    } else {
      words.push(part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
    }
  }
  return words.join(', ');
}

const sentence = (text: string) =>
  text ? `${text[0].toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}` : '';

export interface ProblemInWords {
  /** What happened, for a person. */
  headline: string;
  /** The service's own explanation, and what to do. */
  details: string[];
}

const stateName = (state: unknown): string => {
  const key = String(state);
  return (
    ORDER_STATUS[key.toUpperCase() as keyof typeof ORDER_STATUS]?.label ??
    SHIPMENT_STATUS[key as keyof typeof SHIPMENT_STATUS] ??
    STAGE[key as keyof typeof STAGE] ??
    STANDING_ORDER_STATUS[key as keyof typeof STANDING_ORDER_STATUS]?.label ??
    RFQ_STATUS[key as keyof typeof RFQ_STATUS]?.label ??
    BRAND_STATUS[key as keyof typeof BRAND_STATUS]?.label ??
    key
  );
};

/**
 * The explanation of a problem type the console knows, in the chosen language; the services explain
 * in English, which a Chinese page shows only for types it does not know.
 */
function knownDetail(problem: Problem, t: Translate, source: Source): string | undefined {
  switch (problem.type) {
    case '/problems/illegal-transition':
      return t('It cannot go from {{from}} to {{to}}.', {
        from: t(stateName(problem.from)),
        to: t(stateName(problem.to)),
      });
    case '/problems/not-found':
      return t('It does not exist, or it is not yours to see.');
    case '/problems/forbidden':
      return t('Only another role or organisation may do this.');
    case '/problems/unauthorized':
    case '/problems/unauthenticated':
    case '/problems/session-expired':
      return t('Sign in again to carry on.');
    case '/problems/csrf':
      return t('The console refused a change that did not come from its own page. Reload the page.');
    case '/problems/demo-data-missing':
      return t('The demo data is not loaded yet: load it (npm run demo-data) and sign in again.');
    case '/problems/identity-provider-unreachable':
      return t('The sign-in service is not answering. Try again in a moment.');
    case '/problems/service-unreachable':
      return t('It may be starting up. Try again in a moment.');
    case '/problems/conflict':
    case '/problems/unprocessable':
      return knownByItsData(problem, t, source);
    default:
      return undefined;
  }
}

const has = (problem: Problem, ...names: string[]) => names.every((name) => name in problem);

/**
 * Conflicts and refusals share their type across services; the data each carries (its extension
 * members, as the services' domain errors name them) says which one it is.
 */
function knownByItsData(problem: Problem, t: Translate, source: Source): string | undefined {
  if (has(problem, 'brandName', 'countyCode')) return t('The county has a brand of that name already.');
  if (has(problem, 'ownerProducerId', 'countyCode'))
    return t("The brand's owner is not a producer of the brand's county.");
  if (has(problem, 'brandId', 'brandStatus')) return t('Only a brand the catalogue admitted can be named.');
  if (has(problem, 'brandId', 'producerId'))
    return t("A product may name its producer's own brands and its county's regional public brand only.");
  if (has(problem, 'kind')) return t('Only a regional public brand stands on a geographical indication.');
  if (has(problem, 'eventId', 'producerId')) return t('You have a booth at this fair already.');
  if (has(problem, 'eventId', 'productId'))
    return t('The product is not shown at this fair: choose a product of an exhibitor.');
  if (has(problem, 'productId', 'minOrderQuantity')) {
    return t('The product is sold from {{minimum}} units.', { minimum: Number(problem.minOrderQuantity) });
  }
  if (has(problem, 'intentId')) return t('Give a delivery address for the order.');
  if (has(problem, 'lotId', 'recalledAt')) return t('The lot was recalled already.');
  if (has(problem, 'saleId')) return t('The emergency sale has closed.');
  if (has(problem, 'quoteId', 'validUntil')) {
    return t('The quote was valid until {{day}}: it can no longer be awarded.', {
      day: String(problem.validUntil),
    });
  }
  if (has(problem, 'rfqId', 'rfqStatus')) return t('The request for quotation takes no more quotes.');
  if (has(problem, 'rfqId')) return t('Give a delivery address for the order.');
  if (has(problem, 'unitPriceCents', 'lowestTierPriceCents')) {
    return t('An emergency sale may not cost more than the lowest tier price of the product.');
  }
  if (has(problem, 'productId', 'productStatus'))
    return t('Only a listed product can be put on emergency sale.');
  if (has(problem, 'productId', 'requested', 'available')) {
    return Number(problem.available) === 0
      ? t('No unexpired stock is left to set aside.')
      : t('Only {{available}} unexpired units are left to set aside.', {
          available: Number(problem.available),
        });
  }
  // Orders knows a producer's county from the products catalog announced for it.
  if (source === 'orders' && has(problem, 'producerId'))
    return t('The producer has no product in the catalogue yet, so its county is not known.');
  if (source === 'catalog' && has(problem, 'countyCode'))
    return t('The county is not registered in the catalogue.');
  if (has(problem, 'endsAt')) return t('The end of the sale has passed: choose a time in the future.');
  if (has(problem, 'startsOn', 'endsOn'))
    return t('No delivery day falls between the first and the last day.');
  return undefined;
}

/** Says what went wrong the way a person would, from the status and the service's detail. */
export function describeProblem(error: unknown, t: Translate = english, language = 'en'): ProblemInWords {
  if (!(error instanceof ApiProblem)) {
    return {
      headline: t('Something went wrong in the console.'),
      details: [error instanceof Error ? sentence(error.message) : t('Reload the page and try again.')],
    };
  }
  const { problem, source } = error;
  const who = t(SOURCE_NAMES[source]);
  const localized = language === 'en' ? undefined : knownDetail(problem, t, source);
  const detail = localized ? [localized] : problem.detail ? [sentence(problem.detail)] : [];
  const fields = Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : [];
  switch (problem.status) {
    case 0:
      return {
        headline: t('The console server cannot be reached.'),
        details: [t('Check your connection, or that the console is running, and try again.')],
      };
    case 400:
      return {
        headline: t('Some of what you entered is not valid.'),
        details: fields.length
          ? fields.map(({ field, messages }) => sentence(`${fieldName(field)}: ${messages.join('; ')}`))
          : detail,
      };
    case 401:
      return { headline: t('Your sign-in is no longer valid.'), details: [t('Sign in again to carry on.')] };
    case 403:
      return { headline: t('Your role may not do this.'), details: detail };
    case 404:
      return {
        headline: t('Not found.'),
        details: detail.length ? detail : [t('{{who}} does not know it.', { who })],
      };
    case 409:
      return { headline: t('This cannot be done now.'), details: detail };
    case 422:
      return { headline: t('{{who}} cannot accept this.', { who }), details: detail };
    case 429: {
      const wait =
        typeof problem.retryAfterSeconds === 'number'
          ? t('Please wait and try again in {{seconds}} s.', { seconds: problem.retryAfterSeconds })
          : t('Please wait and try again.');
      return { headline: t('Too many requests at once.'), details: [wait] };
    }
    case 502:
    case 504:
      return {
        headline: t('{{who}} is not answering.', { who }),
        details: localized ? detail : [...detail, t('It may be starting up. Try again in a moment.')],
      };
    case 503:
      return {
        headline: t('{{who}} is not available right now.', { who }),
        details: detail.length ? detail : [t('Try again in a moment.')],
      };
    default:
      return {
        headline: t('{{who}} ran into an error.', { who }),
        details: [
          ...detail,
          typeof problem.correlationId === 'string'
            ? t('If it happens again, quote the reference {{reference}}.', {
                reference: problem.correlationId,
              })
            : t('Try again in a moment.'),
        ],
      };
  }
}
