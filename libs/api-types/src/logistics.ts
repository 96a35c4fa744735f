/* Generated from docs/openapi/logistics.json by `npm run openapi`; do not edit by hand. */
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
    "/v1/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shipments the caller may see, oldest first.
         * @description Operators see unclaimed shipments and their own; buyers those of their orders; producers those leaving from them; county officials those leaving from their county’s producers, without buyer addresses; administrators all.
         */
        get: operations["ShipmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shipment with its chain of custody, excursions and cold-chain verdict. */
        get: operations["ShipmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take on a shipment waiting for pick-up; from then on only this operator moves it. */
        post: operations["CustodyController_claim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the shipment to its next status, recording when, where and who handed it to whom.
         * @description picked_up announces ShipmentPickedUp, delivered announces ShipmentDelivered with the cold-chain verdict; other moves announce ShipmentCustodyChanged.
         */
        post: operations["CustodyController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a batch of temperature readings of a shipment the caller holds (all or none).
         * @description Up to 1000 readings; buffered and out-of-order uploads are placed by device time. Devices may publish to the Kafka topic logistics.telemetry.v1 instead.
         */
        post: operations["ReadingsController_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/temperature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The temperature series for charts: min, max and mean per bucket, excursion intervals, MKT. */
        get: operations["HistoryController_temperature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/shipments/{id}/epcis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shipment’s chain of custody and temperatures as an EPCIS 2.0 document (who may read the shipment). */
        get: operations["EpcisController_shipment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lots/{id}/epcis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A harvest lot’s whole story as an EPCIS 2.0 document: harvest, every custody step of every shipment carrying it, its recall (its producer, an administrator, its county’s official). */
        get: operations["EpcisController_lot"];
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
        ColdChainProfileView: {
            /** @example 0 */
            minC: number;
            /** @example 4 */
            maxC: number;
            /**
             * @description How long the goods may stay out of range in one excursion.
             * @example 30
             */
            maxDwellMinutes: number;
        };
        ShipmentLineView: {
            /** @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b */
            productId: string;
            /** @example 300 */
            quantity: number;
            coldChainProfile: components["schemas"]["ColdChainProfileView"];
        };
        ShipmentLotView: {
            /** @example 0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11 */
            lotId: string;
            /** @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b */
            productId: string;
            /** @example 80 */
            quantity: number;
            /**
             * @description Null for lots of orders confirmed before harvest dates were carried.
             * @example 2026-11-20
             */
            harvestedOn: string | null;
            /** @example 2027-11-19 */
            expiresOn: string;
            /**
             * @description The GS1 GTIN (14 digits) of the lot's product, naming the lot in EPCIS exports; null for a product without one.
             * @example 06901234567892
             */
            gtin: string | null;
        };
        CustodyView: {
            /**
             * @description The status this move led to.
             * @example picked_up
             * @enum {string}
             */
            type: "created" | "picked_up" | "in_transit" | "at_hub" | "out_for_delivery" | "delivered" | "cancelled" | "held";
            /**
             * @example created
             * @enum {string}
             */
            from: "created" | "picked_up" | "in_transit" | "at_hub" | "out_for_delivery" | "delivered" | "cancelled" | "held";
            /** @example 2026-11-28T06:30:00.000Z */
            at: string;
            /** @example Xiuwen Kiwifruit Cooperative cold store, Xiuwen County, Guiyang */
            location: string;
            /** @example Li Ming, warehouse keeper, Xiuwen Kiwifruit Cooperative */
            handedOverBy: string;
            /** @example Wang Qiang, driver, Guiyang ColdLink (truck Gui A-C3172) */
            receivedBy: string;
            /** @example guiyang-coldlink */
            operatorId: string;
            /**
             * @description When it was posted.
             * @example 2026-11-28T06:31:12.000Z
             */
            recordedAt: string;
        };
        ColdChainFiguresView: {
            /** @example 1.2 */
            minC: number;
            /** @example 7.4 */
            maxC: number;
            /** @example 42 */
            minutesOutOfRange: number;
            /** @example 42 */
            longestExcursionMinutes: number;
            /**
             * @description Mean kinetic temperature, °C.
             * @example 3.41
             */
            mktC: number | null;
            /** @example 864 */
            readings: number;
        };
        ExcursionView: {
            /** @example 0b8f5a7e-3d61-4f7c-9a2e-61c5d7e8f901 */
            id: string;
            /**
             * @example above
             * @enum {string}
             */
            direction: "above" | "below";
            /**
             * @description Device time of the first reading out of range.
             * @example 2026-11-28T09:10:00.000Z
             */
            start: string;
            /**
             * @description Device time of the reading back in range; null while it lasts.
             * @example 2026-11-28T09:52:00.000Z
             */
            end: string | null;
            /**
             * @description The reading furthest out of range.
             * @example 7.4
             */
            peakC: number;
            /** @example 42 */
            minutes: number;
            /**
             * @example major
             * @enum {string}
             */
            severity: "minor" | "major" | "critical";
        };
        ShipmentView: {
            /** @example 7c9e6679-7425-40de-944b-e07fc1f90ae7 */
            id: string;
            /** @example 5f0c3c1e-8f7a-4d55-9a64-3f1f1f0b2a11 */
            orderId: string;
            /** @example b7d1c2e3-4f5a-4b6c-8d7e-9f0a1b2c3d4e */
            buyerId: string;
            /**
             * @description The origin: the producer the goods leave from.
             * @example e1c2d3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f
             */
            producerId: string;
            /**
             * @description Null until claimed.
             * @example guiyang-coldlink
             */
            operatorId: string | null;
            /**
             * @example in_transit
             * @enum {string}
             */
            status: "created" | "picked_up" | "in_transit" | "at_hub" | "out_for_delivery" | "delivered" | "cancelled" | "held";
            /** @description The range all of the producer's lines tolerate (warmest minimum, coldest maximum, shortest dwell). */
            coldChainProfile: components["schemas"]["ColdChainProfileView"];
            lines: components["schemas"]["ShipmentLineView"][];
            /** @description The harvest lots it carries (empty for shipments of orders confirmed before lots were traced). */
            lots: components["schemas"]["ShipmentLotView"][];
            /**
             * @description A lot it carries was recalled while it was moving: its operator may hold it (custody type `held`).
             * @example false
             */
            recalled: boolean;
            /**
             * @description Null for county officials, who see their producers’ shipments without buyer addresses.
             * @example Guiyang No. 3 Middle School canteen, 88 Zhonghua North Road, Yunyan District
             */
            deliveryAddress: string | null;
            /** @example 2026-12-01 */
            requestedDeliveryDate: string;
            /** @description The chain of custody, oldest first. */
            custody: components["schemas"]["CustodyView"][];
            /**
             * @description Decided at delivery; null before.
             * @example ok
             * @enum {string|null}
             */
            coldChainVerdict: "ok" | "excursion" | "breached" | null;
            /** @description As announced at delivery; before delivery, from the readings so far; null without readings. */
            coldChainFigures: components["schemas"]["ColdChainFiguresView"] | null;
            /** @description Excursions so far, oldest first. */
            excursions: components["schemas"]["ExcursionView"][];
            /** @example 2026-11-28T06:00:00.000Z */
            claimedAt: string | null;
            /** @example null */
            deliveredAt: string | null;
            /** @example 2026-11-27T09:30:00.000Z */
            createdAt: string;
        };
        ShipmentPage: {
            items: components["schemas"]["ShipmentView"][];
            nextCursor: string | null;
        };
        CustodyEventRequest: {
            /**
             * @description The next status: created → picked_up → in_transit ⇄ at_hub → out_for_delivery → delivered (in_transit may go straight to out_for_delivery); `held` stops a shipment carrying a recalled lot (`recalled: true`) where it is, and `in_transit` takes the rest on.
             * @example picked_up
             * @enum {string}
             */
            type: "created" | "picked_up" | "in_transit" | "at_hub" | "out_for_delivery" | "delivered" | "cancelled" | "held";
            /**
             * @description When the goods changed hands (ISO-8601 with a UTC offset); not before the previous move, not in the future.
             * @example 2026-11-28T06:30:00+08:00
             */
            at: string;
            /** @example Xiuwen Kiwifruit Cooperative cold store, Xiuwen County, Guiyang, Guizhou */
            location: string;
            /** @example Li Ming, warehouse keeper, Xiuwen Kiwifruit Cooperative */
            handedOverBy: string;
            /** @example Wang Qiang, driver, Guiyang ColdLink (truck Gui A-C3172) */
            receivedBy: string;
        };
        ReadingInput: {
            /**
             * @description The logger (one shipment may carry several).
             * @example TT-4G-860123045678901
             */
            deviceId: string;
            /**
             * @description Device time of the measurement (ISO-8601 with a UTC offset); at most 5 minutes ahead of ours.
             * @example 2026-11-28T07:15:00+08:00
             */
            recordedAt: string;
            /** @example 2.6 */
            temperatureC: number;
            /** @example 88 */
            humidityPct?: number | null;
            /** @example 26.7719 */
            lat?: number | null;
            /** @example 106.5723 */
            lon?: number | null;
        };
        PostReadingsRequest: {
            /** @description 1 to 1000 readings, stored all or none; a reading already stored (same logger and device time) is skipped. */
            readings: components["schemas"]["ReadingInput"][];
        };
        ReadingsReceipt: {
            /**
             * @description Readings in the request.
             * @example 120
             */
            received: number;
            /**
             * @description Readings stored by this request.
             * @example 118
             */
            stored: number;
            /**
             * @description Readings already stored before (same logger and device time).
             * @example 2
             */
            duplicates: number;
            /**
             * @description Readings recorded after the delivery, which are not part of the trip.
             * @example 0
             */
            afterDelivery: number;
        };
        TemperatureBucketView: {
            /**
             * @description Start of the bucket (UTC, aligned to the hour).
             * @example 2026-11-28T09:10:00.000Z
             */
            start: string;
            /** @example 2.4 */
            minC: number;
            /** @example 7.4 */
            maxC: number;
            /** @example 4.87 */
            meanC: number;
            /** @example 5 */
            readings: number;
        };
        TemperatureHistoryView: {
            /** @example 7c9e6679-7425-40de-944b-e07fc1f90ae7 */
            shipmentId: string;
            /** @example 5m */
            bucket: string;
            coldChainProfile: components["schemas"]["ColdChainProfileView"];
            /** @description Buckets with readings, oldest first (by device time). */
            buckets: components["schemas"]["TemperatureBucketView"][];
            /** @description Excursion intervals to mark on the chart. */
            excursions: components["schemas"]["ExcursionView"][];
            /**
             * @description Mean kinetic temperature of the trip so far.
             * @example 3.41
             */
            mktC: number | null;
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
    ShipmentsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                orderId?: string;
                status?: "created" | "picked_up" | "in_transit" | "at_hub" | "out_for_delivery" | "delivered" | "cancelled" | "held";
                /** @description The holding operator organisation. */
                operatorId?: string;
                /** @description Only shipments carrying this harvest lot (logistics’ part of a lot’s trace). */
                lotId?: string;
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
                    "application/json": components["schemas"]["ShipmentPage"];
                };
            };
            /** @description Malformed filter or cursor (problem+json). */
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
            /** @description A role that has no shipments (platform, certifier). */
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
    ShipmentsController_get: {
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
                    "application/json": components["schemas"]["ShipmentView"];
                };
            };
            /** @description The id is not a UUID. */
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
            /** @description A role that has no shipments (platform, certifier). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such shipment visible to the caller. */
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
    CustodyController_claim: {
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
                    "application/json": components["schemas"]["ShipmentView"];
                };
            };
            /** @description The id is not a UUID. */
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
            /** @description Not an operator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such shipment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already held by an operator (`ShipmentAlreadyClaimed`), or no longer waiting for pick-up (`ShipmentNotClaimable`, with `shipmentStatus`). */
            409: {
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
    CustodyController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustodyEventRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShipmentView"];
                };
            };
            /** @description Malformed body (problem+json, every field listed). */
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
            /** @description Not an operator, or the shipment is not claimed by the caller. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such shipment visible to the caller (another operator holds it). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The move is not allowed from the current status. */
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
            /** @description A time in the future (`CustodyMoveInFuture`, with `at`) or before the previous move (`CustodyMoveOutOfOrder`, with `at`, `previousStatus`, `previousAt`); delivery without any temperature reading (`NoColdChainEvidence`). */
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
    ReadingsController_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostReadingsRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadingsReceipt"];
                };
            };
            /** @description A reading without a time, a temperature that is not a number or outside -60…60 °C, more than 1000 readings (problem+json, every field listed). */
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
            /** @description Not an operator, or the shipment is not claimed by the caller. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such shipment visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The shipment was cancelled (`ShipmentTakesNoReadings`, with `shipmentId`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over 1 MiB. */
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
            /** @description A reading recorded in the future (`ReadingsInTheFuture`, with `readingsInTheFuture`, how many). */
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
    HistoryController_temperature: {
        parameters: {
            query?: {
                /** @description Resolution: a whole number of minutes, hours or days (1m to 1d). */
                bucket?: string;
            };
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
                    "application/json": components["schemas"]["TemperatureHistoryView"];
                };
            };
            /** @description A bucket that is not 1m…1d, or too fine for the trip. */
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
            /** @description A role that has no shipments (platform, certifier). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such shipment visible to the caller. */
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
    EpcisController_shipment: {
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
            /** @description The EPCIS document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": {
                        "@context": string[];
                        id?: string;
                        /** @enum {string} */
                        type: "EPCISDocument";
                        /** @example 2.0 */
                        schemaVersion: string;
                        /** Format: date-time */
                        creationDate: string;
                        epcisBody: {
                            eventList: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
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
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not use this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id, or it belongs to another organisation. */
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
    EpcisController_lot: {
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
            /** @description The EPCIS document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": {
                        "@context": string[];
                        id?: string;
                        /** @enum {string} */
                        type: "EPCISDocument";
                        /** @example 2.0 */
                        schemaVersion: string;
                        /** Format: date-time */
                        creationDate: string;
                        epcisBody: {
                            eventList: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
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
            /** @description No bearer token, or one that is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role may not use this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id, or it belongs to another organisation. */
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
}
