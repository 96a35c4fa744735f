import type { Problem, ServiceName } from './types';

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

/** Says what went wrong the way a person would, from the status and the service's detail. */
export function describeProblem(error: unknown): ProblemInWords {
  if (!(error instanceof ApiProblem)) {
    return {
      headline: 'Something went wrong in the console.',
      details: [error instanceof Error ? sentence(error.message) : 'Reload the page and try again.'],
    };
  }
  const { problem, source } = error;
  const who = SOURCE_NAMES[source];
  const detail = problem.detail ? [sentence(problem.detail)] : [];
  const fields = Array.isArray(problem.errors) ? (problem.errors as FieldError[]) : [];
  switch (problem.status) {
    case 0:
      return {
        headline: 'The console server cannot be reached.',
        details: ['Check your connection, or that the console is running, and try again.'],
      };
    case 400:
      return {
        headline: 'Some of what you entered is not valid.',
        details: fields.length
          ? fields.map(({ field, messages }) => sentence(`${fieldName(field)}: ${messages.join('; ')}`))
          : detail,
      };
    case 401:
      return { headline: 'Your sign-in is no longer valid.', details: ['Sign in again to carry on.'] };
    case 403:
      return { headline: 'Your role may not do this.', details: detail };
    case 404:
      return { headline: 'Not found.', details: detail.length ? detail : [`${who} does not know it.`] };
    case 409:
      return { headline: 'This cannot be done now.', details: detail };
    case 422:
      return { headline: `${who} cannot accept this.`, details: detail };
    case 429: {
      const wait = typeof problem.retryAfterSeconds === 'number' ? ` in ${problem.retryAfterSeconds} s` : '';
      return { headline: 'Too many requests at once.', details: [`Please wait and try again${wait}.`] };
    }
    case 502:
    case 504:
      return {
        headline: `${who} is not answering.`,
        details: [...detail, 'It may be starting up. Try again in a moment.'],
      };
    case 503:
      return {
        headline: `${who} is not available right now.`,
        details: detail.length ? detail : ['Try again in a moment.'],
      };
    default:
      return {
        headline: `${who} ran into an error.`,
        details: [
          ...detail,
          typeof problem.correlationId === 'string'
            ? `If it happens again, quote the reference ${problem.correlationId}.`
            : 'Try again in a moment.',
        ],
      };
  }
}
