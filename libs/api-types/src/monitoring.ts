/* Generated from docs/openapi/monitoring.json by `npm run openapi`; do not edit by hand. */
export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is running (liveness probe). */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database and Kafka answer (readiness probe). */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/market/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Market indicators per period and category: orders, acceptances, median price, listings, stock, near expiry, sell-through.
         * @description Without countyCode: all counties together, public. With countyCode: any signed-in role (bearer token).
         */
        get: operations["IndicatorsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/market/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import market history from a county's previous platform (administrators): ordered and accepted figures per period, county and category, before today.
         * @description price_drop, sales_slump and the reference price count the periods beside this platform's order lines (spread evenly over their days, accepted lines at the period's average unit price) and say so in `evidence.importedDataPoints`; indicators show this platform's events only. Periods recorded before with the same figures are skipped.
         */
        post: operations["MarketHistoryController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Early-warning alerts, newest first (a county official sees its county's only). */
        get: operations["AlertsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge an alert (an administrator, or the official of the alert's county). */
        post: operations["AlertsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/producers/{id}/risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A producer's risk level, score and factors (admin, its county's official, the producer). */
        get: operations["RiskController_ofProducer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/risk/producers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Producers by risk level (a county official sees its county's only). */
        get: operations["RiskController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        MarketIndicator: {
            /**
             * @description `YYYY-MM` (month) or ISO week `YYYY-Www` (week, from Monday).
             * @example 2026-06
             */
            period: string;
            /** @enum {string} */
            category: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
            /** @description Null: all counties together. */
            countyCode: string | null;
            /** @description Quantity of the order lines placed in the period. */
            orderedQuantity: number;
            /** @description Quantity buyers accepted in the period. */
            acceptedQuantity: number;
            /** @description Value of what was accepted, in cents. */
            acceptedCents: number;
            /** @description Median unit price of the accepted lines. */
            medianUnitPriceCents: number | null;
            /** @description Products listed at the end of the period. */
            listedProducts: number;
            /** @description Unexpired stock left to sell at the end of the period. */
            availableQuantity: number;
            /** @description Of it, what expires within the near-expiry days after the end of the period. */
            nearExpiryQuantity: number;
            /** @description accepted ÷ (accepted + available at the end) × 100, one decimal; null when both are 0. */
            sellThroughPercent: number | null;
        };
        MarketIndicatorPage: {
            items: components["schemas"]["MarketIndicator"][];
            nextCursor: string | null;
        };
        MarketHistoryRecord: {
            /** @example 513431 */
            countyCode: string;
            /**
             * @example tea
             * @enum {string}
             */
            category: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
            /**
             * @description First day of the period (UTC), from 2000 on.
             * @example 2026-08-03
             */
            from: string;
            /**
             * @description Last day of the period, included; before today, at most 92 days after from.
             * @example 2026-08-09
             */
            to: string;
            /**
             * @description Units ordered in the period.
             * @example 1200
             */
            orderedQuantity: number;
            /**
             * @description Order lines behind orderedQuantity (each of at least one unit).
             * @example 12
             */
            orderLines: number;
            /**
             * @description Units buyers accepted in the period.
             * @example 1150
             */
            acceptedQuantity: number;
            /**
             * @description What the accepted units were paid, in cents.
             * @example 9200000
             */
            acceptedCents: number;
            /**
             * @description Accepted order lines: data points of the median price.
             * @example 11
             */
            acceptedLines: number;
        };
        ImportMarketHistoryRequest: {
            /**
             * @description Where the figures come from (kept with them).
             * @example Zhaojue county e-commerce centre, export of 2026-10-12
             */
            source: string;
            records: components["schemas"]["MarketHistoryRecord"][];
        };
        MarketHistoryImportView: {
            /** @description Periods recorded by this request. */
            recorded: number;
            /** @description Periods recorded before with the same figures (a re-import changes nothing). */
            alreadyRecorded: number;
        };
        AlertEvidenceView: {
            metric: string;
            value: number;
            baseline: number | null;
            ratio: number | null;
            threshold: number;
            /** @example 2026-06-01 */
            from: string;
            /** @example 2026-06-14 */
            to: string;
            productId?: string;
            /**
             * @description Where to act: for unsold_near_expiry, catalog's `POST /v1/emergency-sales` (with the productId) that opens an emergency sale of the product.
             * @example /v1/emergency-sales
             */
            actionHref?: string;
            /** @description Data points (order lines) of the measured windows that come from imported market history (POST /v1/market/history) rather than this platform's events; absent when none do. */
            importedDataPoints?: number;
            /**
             * Format: uuid
             * @description The open emergency sale that cleared an unsold_near_expiry alert.
             */
            emergencySaleId?: string;
        };
        AlertView: {
            /** Format: uuid */
            alertId: string;
            /** @enum {string} */
            kind: "price_drop" | "sales_slump" | "unsold_near_expiry" | "producer_risk";
            /** @enum {string} */
            severity: "warning" | "critical";
            /** @example 522728 */
            countyCode: string;
            /** @enum {string|null} */
            category: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient" | null;
            /** Format: uuid */
            producerId: string | null;
            /** @description The figures when the alert was raised. */
            evidence: components["schemas"]["AlertEvidenceView"];
            open: boolean;
            /** Format: date-time */
            raisedAt: string;
            /** Format: date-time */
            clearedAt: string | null;
            /** @description The figures when it cleared. */
            clearEvidence: components["schemas"]["AlertEvidenceView"] | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
            acknowledgedBy: string | null;
        };
        AlertPage: {
            items: components["schemas"]["AlertView"][];
            nextCursor: string | null;
        };
        RiskFactorView: {
            /** @enum {string} */
            factor: "cold_chain_breach_rate" | "dispute_refund_share" | "insufficient_stock_rejections" | "certificates_suspended_or_revoked" | "stock_expired_unsold_share" | "buyer_concentration" | "days_without_sales";
            value: number;
            /** @description Points of the score the factor adds once its value is above its threshold. */
            weight: number;
            threshold: number;
        };
        ProducerRiskView: {
            /** Format: uuid */
            producerId: string;
            /** @example 522728 */
            countyCode: string;
            /** @enum {string} */
            level: "low" | "medium" | "high";
            /** @description Sum of the weights of the factors above their threshold (0–100). */
            score: number;
            factors: components["schemas"]["RiskFactorView"][];
            /**
             * Format: date-time
             * @description When the risk was last evaluated.
             */
            asOf: string;
        };
        ProducerRiskPage: {
            items: components["schemas"]["ProducerRiskView"][];
            nextCursor: string | null;
        };
        /** @description RFC 9457 problem details, the body of every error. Extensions beyond the ones listed may be added by a service (e.g. the lines an order could not reserve); clients must ignore those they do not know. */
        Problem: {
            /**
             * Format: uri-reference
             * @description What went wrong, as a stable reference, e.g. `/problems/validation`.
             * @example /problems/validation
             */
            type: string;
            /** @description A short, human summary of the type. */
            title: string;
            /** @description The HTTP status. */
            status: number;
            /** @description What went wrong this time. */
            detail?: string;
            /**
             * Format: uri-reference
             * @description The path that was called.
             */
            instance?: string;
            /** @description The `x-correlation-id` of the request; quote it when reporting a problem. */
            correlationId?: string;
            /** @description For `/problems/validation`: every field that failed and why. */
            errors?: components["schemas"]["ProblemFieldError"][];
            /** @description For `/problems/illegal-transition`: the state the resource is in. */
            from?: string;
            /** @description For `/problems/illegal-transition`: what was tried (an action such as `cancel`, or the state asked for). */
            trigger?: string;
            /** @description For `/problems/illegal-transition`: the state the trigger leads to, when it leads to one state wherever it is allowed. */
            to?: string;
            /** @description For `/problems/illegal-transition`: the triggers the current state allows instead. */
            allowed?: string[];
            /** @description For 429 and 503: when to try again (also in the `Retry-After` header). */
            retryAfterSeconds?: number;
        } & {
            [key: string]: unknown;
        };
        ProblemFieldError: {
            /** @description The path of the field, e.g. `lines.0.quantity`. */
            field: string;
            messages: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description The URL, or a path parameter, is longer than the service accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description The URL, or a path parameter, is longer than the service accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is down (problem+json with the checks). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IndicatorsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description One category; all of them when absent. */
                category?: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
                /** @description One county (needs a bearer token); all counties together when absent (public). */
                countyCode?: string;
                /** @description First day (UTC); 12 periods before `to` when absent. */
                from?: string;
                /** @description Last day (UTC), included; today when absent. */
                to?: string;
                granularity?: "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketIndicatorPage"];
                };
            };
            /** @description Bad query: not a calendar date, from after to, too long a range (problem+json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description countyCode without a valid bearer token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path parameter, is longer than the service accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's organisation is over its request rate; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MarketHistoryController_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportMarketHistoryRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketHistoryImportView"];
                };
            };
            /** @description Malformed request, e.g. a date that is no calendar day (problem+json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A period overlaps one recorded before with other bounds or figures (`HistoryPeriodConflict`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the service accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path parameter, is longer than the service accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Impossible history: not before today, before 2000, over 92 days, figures that contradict each other, overlapping records of one market (`problems`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's organisation is over its request rate; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AlertsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description true: open alerts only; false: cleared ones only. */
                open?: boolean;
                kind?: "price_drop" | "sales_slump" | "unsold_near_expiry" | "producer_risk";
                countyCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPage"];
                };
            };
            /** @description Bad query (problem+json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither an administrator nor a county official. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path parameter, is longer than the service accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's organisation is over its request rate; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AlertsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertView"];
                };
            };
            /** @description The request is not valid (body, query, path or header); `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither an administrator nor a county official. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such alert in the caller's county. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path parameter, is longer than the service accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's organisation is over its request rate; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RiskController_ofProducer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProducerRiskView"];
                };
            };
            /** @description The request is not valid (body, query, path or header); `errors` lists each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A role that never sees producer risk. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown producer, or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path parameter, is longer than the service accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's organisation is over its request rate; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RiskController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                level?: "low" | "medium" | "high";
                countyCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProducerRiskPage"];
                };
            };
            /** @description Bad query (problem+json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither an administrator nor a county official. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL, or a path parameter, is longer than the service accepts. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's organisation is over its request rate; retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
