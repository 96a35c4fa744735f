/* Generated from docs/openapi/orders.json by `npm run openapi`; do not edit by hand. */
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
    "/v1/buyers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buyers, oldest first; filter by exact name. */
        get: operations["BuyersController_list"];
        put?: never;
        /** Onboard a buyer (its users' tokens carry org = the buyer id). */
        post: operations["BuyersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/buyers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One buyer: a buyer sees only itself, administrators any. */
        get: operations["BuyersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's orders, newest first (administrators see all). */
        get: operations["OrdersController_list"];
        put?: never;
        /** Place a bulk order (idempotent per Idempotency-Key). */
        post: operations["OrdersController_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its lines, shipments and cold-chain verdicts. */
        get: operations["OrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel before dispatch: stock is released and shipments cancelled. */
        post: operations["OrdersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a delivered order, optionally refusing part of some lines (they are refunded). */
        post: operations["OrdersController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{id}/dispute/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a disputed order: refund (on top of the refused quantities; reversed in the relief ledger), replacement or rejected. */
        post: operations["OrdersController_resolveDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/relief/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public relief statistics: accepted spending on relief products by county, poverty status and month; at most ten years. */
        get: operations["ReliefController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/relief/buyers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A buyer's relief spending this year against its pledge. */
        get: operations["ReliefController_buyer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/relief/pairings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Relief through one pairing, by month and by producer; at most ten years. */
        get: operations["ReliefController_pairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/relief/counties/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A county's relief by month, producer, buyer kind and pairing, with despite-breach and reversed amounts (its officials, administrators). */
        get: operations["ReliefController_county"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/relief/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proof that the ledger adds up: per county and producer, ledger sum vs accepted relief lines minus refunds (a county official: its county). */
        get: operations["ReliefController_reconciliation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/relief/buyers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pledged buyers against their pledge pace this year, furthest behind first (administrators; county officials do not see buyers). */
        get: operations["PaceController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emergency-sales/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buyers to ask first about an emergency sale (administrators, the sale's producer, its county's official): furthest behind their pledge pace, then most pledge left, then paired regions; buyers without a pledge never appear. */
        get: operations["EmergencySalesController_matches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emergency-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The buyer's offers of emergency sales still open, newest first. */
        get: operations["EmergencySalesController_offers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recalls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recalled lots that reached the caller’s orders, newest first (administrators: every buyer’s).
         * @description One item per order and recalled lot: what came from the lot, what was refused or refunded, and what left the relief ledger.
         */
        get: operations["RecallsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/standing-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's standing orders, newest first (administrators see all). */
        get: operations["StandingOrdersController_list"];
        put?: never;
        /** Order the same lines every week or month: each occurrence is placed as an ordinary order ORDERS_STANDING_ORDER_LEAD_DAYS before its day. */
        post: operations["StandingOrdersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/standing-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One standing order with its latest occurrences. */
        get: operations["StandingOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/standing-orders/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop placing occurrences until resumed (orders.standingOrder.paused.v1). */
        post: operations["StandingOrdersController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/standing-orders/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place occurrences again, from the first one not before today (the paused days are not placed late). */
        post: operations["StandingOrdersController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/standing-orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the standing order for good; orders already placed are not touched. */
        post: operations["StandingOrdersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rfqs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buyers: their own requests. Producers: open requests of a category they have a listed product in (a key or deep poverty county's, when asked), and those they quoted on. Newest first. */
        get: operations["RfqsController_list"];
        put?: never;
        /** Ask producers of a category (in poverty counties, if asked) for quotes. */
        post: operations["RfqsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rfqs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request with its quotes: all of them for its buyer, only its own for a producer. */
        get: operations["RfqsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rfqs/{id}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Quote one of your listed products of the requested category. */
        post: operations["RfqsController_quote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rfqs/{id}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Award a quote: an ordinary order is placed for its product and quantity at its price (`orderId`), through the usual saga and relief rules. */
        post: operations["RfqsController_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/docking-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Docking fairs: upcoming soonest first, past latest first (any signed-in caller). */
        get: operations["DockingEventsController_list"];
        put?: never;
        /** Organise a production–marketing docking fair. */
        post: operations["DockingEventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/docking-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One docking fair (any signed-in caller). */
        get: operations["DockingEventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/docking-events/{id}/exhibitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exhibitors of a fair, in the order they registered, with their booth fees. */
        get: operations["DockingEventsController_exhibitors"];
        put?: never;
        /** Take a booth (a producer for itself, an administrator for a named producer), at the fair's fee less the reduction of the producer's poverty county: key 50 %, deep waived by default. */
        post: operations["DockingEventsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/docking-events/{id}/intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fair's purchase intents, oldest first: a buyer's own, those for a producer's products, a county official's county's, all for administrators. */
        get: operations["DockingEventsController_intents"];
        put?: never;
        /** Record a purchase intent for an exhibitor's product, priced from its tiers now. */
        post: operations["DockingEventsController_recordIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/docking-events/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fair by county: exhibitors, intents, orders placed from them and the relief accepted from those orders (a county official's county only). */
        get: operations["DockingEventsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/intents/{id}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn your purchase intent into an ordinary order (saga and relief rules unchanged), once: asked again, the same order (200) and the body is ignored. The body is optional: deliveryAddress defaults to the intent's, requestedDeliveryDate to a week from today. */
        post: operations["PurchaseIntentsController_order"];
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
        RegisterBuyerRequest: {
            /** @example Mianyang Municipal Government Canteen */
            name: string;
            /**
             * @example budget_unit
             * @enum {string}
             */
            kind: "budget_unit" | "enterprise" | "retailer" | "platform";
            /**
             * @description Where the buyer is: a district or county-level city code (or a city code). Required for new buyers; its spending counts under the pairings of regions that cover it.
             * @example 510703
             */
            regionCode: string;
            /**
             * @description Annual food budget in cents (yuan × 100).
             * @example 120000000
             */
            annualFoodBudgetCents?: number;
            /**
             * @description Share of the food budget pledged to poverty-area products, percent (at least 10 for budget units; 15 encouraged).
             * @example 15
             */
            pledgedSharePercent?: number;
        };
        BuyerView: {
            id: string;
            name: string;
            /** @enum {string} */
            kind: "budget_unit" | "enterprise" | "retailer" | "platform";
            /**
             * @description Null for buyers registered before regions were recorded.
             * @example 510703
             */
            regionCode: string | null;
            annualFoodBudgetCents: number | null;
            pledgedSharePercent: number | null;
        };
        BuyerPage: {
            items: components["schemas"]["BuyerView"][];
            nextCursor: string | null;
        };
        OrderLineRequest: {
            /** @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b */
            productId: string;
            /**
             * @description Units of the product's unit, at least its minimum order quantity.
             * @example 120
             */
            quantity: number;
            /**
             * Format: uuid
             * @description Buy from this open emergency sale of the product: priced at the sale's unit price and served from its held stock (the product's minimum order does not apply). 409 when the sale is closed.
             */
            emergencySaleId?: string;
        };
        PlaceOrderRequest: {
            /** @description 1 to 100 lines, each product once. */
            lines: components["schemas"]["OrderLineRequest"][];
            /** @example Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District, Mianyang */
            deliveryAddress: string;
            /**
             * @description `YYYY-MM-DD`, today or later.
             * @example 2026-12-05
             */
            requestedDeliveryDate: string;
        };
        OrderLineLotView: {
            /** @example 0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11 */
            lotId: string;
            /** @example 80 */
            quantity: number;
            /**
             * @description Null for orders confirmed before lots were traced.
             * @example 2026-11-20
             */
            harvestedOn: string | null;
            /** @example 2027-11-19 */
            expiresOn: string;
        };
        OrderLineView: {
            /** @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b */
            productId: string;
            /** @example e1c2d3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f */
            producerId: string;
            /** @example 120 */
            quantity: number;
            /**
             * @description From the tier in force for this quantity when the order was placed.
             * @example 7900
             */
            unitPriceCents: number;
            /** @example 948000 */
            lineTotalCents: number;
            /**
             * @description Counted as consumption relief (as it stood when placed).
             * @example true
             */
            reliefEligible: boolean;
            /** @example null */
            acceptedQuantity: number | null;
            /**
             * @description The verdict of the line's shipment, recorded when the order is settled.
             * @enum {string|null}
             */
            coldChainVerdict: "ok" | "excursion" | "breached" | null;
            /** @description Why a breached line was kept. */
            overrideReason: string | null;
            /**
             * Format: uuid
             * @description The emergency sale the line buys from (null for an ordinary line).
             */
            emergencySaleId: string | null;
            /**
             * @description Taken away by lot recalls: refused when the order is settled, or refunded (and reversed in the relief ledger) if it already was.
             * @example 0
             */
            recalledQuantity: number;
            /** @description The harvest lots the line was reserved from (empty until confirmed). */
            lots: components["schemas"]["OrderLineLotView"][];
        };
        RejectedLineView: {
            /** Format: uuid */
            productId: string;
            /** @enum {string} */
            reason: "unknown" | "delisted" | "insufficient" | "below_minimum" | "sale_closed" | "recalled";
            /** @example 100 */
            requested: number;
            /** @description What could have been reserved (for `insufficient`). */
            available?: number;
            /** @description The minimum order quantity (for `below_minimum`). */
            minimum?: number;
            /**
             * Format: uuid
             * @description The emergency sale of the line (for `sale_closed`, or `insufficient` on such a line).
             */
            emergencySaleId?: string;
        };
        ShipmentView: {
            shipmentId: string;
            producerId: string;
            /**
             * @example delivered
             * @enum {string}
             */
            status: "created" | "picked_up" | "delivered" | "cancelled";
            /**
             * @example ok
             * @enum {string|null}
             */
            coldChainVerdict: "ok" | "excursion" | "breached" | null;
        };
        OrderRecallView: {
            /** @example 0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11 */
            lotId: string;
            /**
             * @example II
             * @enum {string}
             */
            class: "I" | "II" | "III";
            /** @example Pesticide residue above GB 2763 limits */
            reason: string;
            /**
             * @description When catalog recalled the lot.
             * @example 2026-12-03T08:00:00.000Z
             */
            at: string;
        };
        OrderView: {
            id: string;
            buyerId: string;
            /** @enum {string} */
            status: "PLACED" | "CONFIRMED" | "REJECTED" | "IN_TRANSIT" | "DELIVERED" | "COMPLETED" | "DISPUTED" | "RESOLVED" | "CANCELLED";
            lines: components["schemas"]["OrderLineView"][];
            /** @example 948000 */
            totalCents: number;
            /** @example 0 */
            refundCents: number;
            /** @description Why catalog could not reserve, per line. */
            rejectionReasons: components["schemas"]["RejectedLineView"][] | null;
            cancelReason: string | null;
            deliveryAddress: string;
            /** @example 2026-12-05 */
            requestedDeliveryDate: string;
            shipments: components["schemas"]["ShipmentView"][];
            /** @example 2026-11-27T09:30:00.000Z */
            placedAt: string;
            /** @example 2026-11-29T14:00:00.000Z */
            deliveredAt: string | null;
            acceptedAt: string | null;
            /**
             * @description Who settled the delivery: the buyer, or the auto-acceptance sweep.
             * @enum {string|null}
             */
            settledBy: "buyer" | "auto" | null;
            /** @enum {string|null} */
            resolution: "refund" | "replacement" | "rejected" | null;
            resolutionNote: string | null;
            /** @description The first recalled lot that reached this order (all of them: `GET /v1/recalls`); null if none. */
            recall: components["schemas"]["OrderRecallView"] | null;
        };
        OrderPage: {
            items: components["schemas"]["OrderView"][];
            nextCursor: string | null;
        };
        AcceptLineRequest: {
            /** @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b */
            productId: string;
            /**
             * @description What the buyer keeps; the rest of the line is refused and refunded. Default: all of it.
             * @example 80
             */
            acceptedQuantity?: number;
            /**
             * @description Required to keep any of a line whose shipment breached the cold chain (refuse it with acceptedQuantity 0 otherwise); only for such lines.
             * @example Cooked the same day; the cold room log shows 3 °C on arrival
             */
            overrideReason?: string;
        };
        AcceptOrderRequest: {
            /** @description Accepted quantity per line; lines left out are accepted whole. Absent: everything is accepted. A line whose shipment breached the cold chain must be refused (acceptedQuantity 0) or kept with an overrideReason (422 /problems/breached-cold-chain otherwise). */
            lines?: components["schemas"]["AcceptLineRequest"][];
        };
        ResolveDisputeRequest: {
            /**
             * @example refund
             * @enum {string}
             */
            resolution: "refund" | "replacement" | "rejected";
            /**
             * @description For `refund` only (required, at least 1): refunded on top of the refused quantities, taken from the accepted lines in proportion to their value; the relief ledger reverses the relief share.
             * @example 50000
             */
            refundCents?: number;
            /** @example Producer agreed: 5 kg arrived mouldy, photos in ticket 1182. */
            note: string;
        };
        CountyTotal: {
            /** @example 513431 */
            countyCode: string;
            /** @example Zhaojue */
            countyName: string | null;
            /**
             * @example deep
             * @enum {string|null}
             */
            povertyStatus: "key" | "deep" | "lifted" | null;
            /** @example 1580000 */
            amountCents: number;
            /** @example 3 */
            producers: number;
        };
        PairingTotal: {
            /** Format: uuid */
            pairingId: string;
            /** @example 510700 */
            assistingRegionCode: string;
            /** @example Mianyang */
            assistingRegionName: string;
            /** @example 513431 */
            assistedCountyCode: string;
            /**
             * @description Accepted relief spending by buyers located in the assisting region (a city covers its districts) on products of the assisted county, within the pairing’s period.
             * @example 948000
             */
            totalCents: number;
        };
        StatusTotal: {
            /**
             * @example deep
             * @enum {string|null}
             */
            povertyStatus: "key" | "deep" | "lifted" | null;
            /** @example 1580000 */
            amountCents: number;
        };
        MonthTotal: {
            /**
             * @description The month (UTC), `YYYY-MM`.
             * @example 2026-03
             */
            month: string;
            /** @example 880000 */
            amountCents: number;
        };
        ReliefSummary: {
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-31 */
            to: string;
            /**
             * @description Accepted relief spending, net of reversals; never includes what was kept despite a cold-chain breach.
             * @example 2350000
             */
            totalCents: number;
            /**
             * @description Kept by buyers with an override although the shipment breached the cold chain: reported apart.
             * @example 98000
             */
            acceptedDespiteBreachCents: number;
            /**
             * @description Reversed after acceptance (refunds resolved on disputes), as a positive amount.
             * @example 12000
             */
            reversedCents: number;
            /**
             * @description Part of totalCents bought from emergency sales (lines naming an `emergencySaleId`).
             * @example 130000
             */
            emergencySalesCents: number;
            byCounty: components["schemas"]["CountyTotal"][];
            /** @description Every pairing, with the relief through it in the period. */
            byPairing: components["schemas"]["PairingTotal"][];
            byPovertyStatus: components["schemas"]["StatusTotal"][];
            /** @description Every month of the period, oldest first (0 when nothing). */
            byMonth: components["schemas"]["MonthTotal"][];
        };
        BuyerReliefProgress: {
            buyerId: string;
            /** @example 2026 */
            year: number;
            /** @example 120000000 */
            annualFoodBudgetCents: number | null;
            /** @example 15 */
            pledgedSharePercent: number | null;
            /**
             * @description Budget × pledged share.
             * @example 18000000
             */
            pledgedCents: number | null;
            /**
             * @description Spent this year on relief-eligible products (accepted quantities).
             * @example 2350000
             */
            spentCents: number;
            /**
             * @description Spent as a percent of the annual food budget.
             * @example 1.96
             */
            percentOfBudget: number | null;
            /**
             * @description Spent as a percent of the pledge.
             * @example 13.06
             */
            percentOfPledge: number | null;
            /**
             * @description Still to spend to reach the pledge (0 once reached).
             * @example 15650000
             */
            remainingCents: number | null;
            /**
             * @description Pledged × the elapsed share of the calendar year (null without a pledge).
             * @example 16500000
             */
            paceCents: number | null;
            /**
             * @description Pace minus spent, 0 when ahead (null without a pledge).
             * @example 14150000
             */
            behindPaceCents: number | null;
            /**
             * @description Not behind by more than RELIEF_PACE_TOLERANCE_PERCENT (default 10) of the pace (null without a pledge).
             * @example false
             */
            onPace: boolean | null;
            /** @description Spending of each month of the year so far, January first (0 when nothing). */
            byMonth: components["schemas"]["MonthTotal"][];
        };
        ProducerTotal: {
            /** Format: uuid */
            producerId: string;
            /** @example 948000 */
            amountCents: number;
        };
        PairingReliefReport: {
            /** Format: uuid */
            pairingId: string;
            /** @example 510700 */
            assistingRegionCode: string;
            /** @example Mianyang */
            assistingRegionName: string;
            /** @example 513431 */
            assistedCountyCode: string;
            /**
             * @description Accepted relief spending by buyers located in the assisting region (a city covers its districts) on products of the assisted county, within the pairing’s period.
             * @example 948000
             */
            totalCents: number;
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-31 */
            to: string;
            /** @description Every month of the period (0 when nothing). */
            byMonth: components["schemas"]["MonthTotal"][];
            byProducer: components["schemas"]["ProducerTotal"][];
        };
        BuyerKindTotal: {
            /**
             * @description A buyer kind, or `unknown`.
             * @example budget_unit
             */
            buyerKind: string;
            /** @example 948000 */
            amountCents: number;
        };
        CountyReliefReport: {
            /** @example 513431 */
            countyCode: string;
            /** @example Zhaojue */
            countyName: string;
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-31 */
            to: string;
            /**
             * @description As in the summary: net of reversals, without despite-breach.
             * @example 948000
             */
            totalCents: number;
            /** @example 0 */
            acceptedDespiteBreachCents: number;
            /** @example 0 */
            reversedCents: number;
            byMonth: components["schemas"]["MonthTotal"][];
            byProducer: components["schemas"]["ProducerTotal"][];
            byBuyerKind: components["schemas"]["BuyerKindTotal"][];
            byPairing: components["schemas"]["PairingTotal"][];
        };
        CountyReconciliation: {
            /**
             * @description Sum of the ledger entries (contributions and reversals).
             * @example 2350000
             */
            ledgerCents: number;
            /**
             * @description Accepted quantity × unit price of relief lines.
             * @example 2362000
             */
            acceptedCents: number;
            /**
             * @description Refunded on those lines after acceptance.
             * @example 12000
             */
            refundedCents: number;
            /**
             * @description acceptedCents − refundedCents.
             * @example 2350000
             */
            ordersCents: number;
            /**
             * @description ledgerCents − ordersCents: 0 when the ledger adds up.
             * @example 0
             */
            differenceCents: number;
            /** @example 513431 */
            countyCode: string;
        };
        ProducerReconciliation: {
            /**
             * @description Sum of the ledger entries (contributions and reversals).
             * @example 2350000
             */
            ledgerCents: number;
            /**
             * @description Accepted quantity × unit price of relief lines.
             * @example 2362000
             */
            acceptedCents: number;
            /**
             * @description Refunded on those lines after acceptance.
             * @example 12000
             */
            refundedCents: number;
            /**
             * @description acceptedCents − refundedCents.
             * @example 2350000
             */
            ordersCents: number;
            /**
             * @description ledgerCents − ordersCents: 0 when the ledger adds up.
             * @example 0
             */
            differenceCents: number;
            /** @example 513431 */
            countyCode: string;
            /** Format: uuid */
            producerId: string;
        };
        ReconciliationReport: {
            /**
             * @description Sum of the ledger entries (contributions and reversals).
             * @example 2350000
             */
            ledgerCents: number;
            /**
             * @description Accepted quantity × unit price of relief lines.
             * @example 2362000
             */
            acceptedCents: number;
            /**
             * @description Refunded on those lines after acceptance.
             * @example 12000
             */
            refundedCents: number;
            /**
             * @description acceptedCents − refundedCents.
             * @example 2350000
             */
            ordersCents: number;
            /**
             * @description ledgerCents − ordersCents: 0 when the ledger adds up.
             * @example 0
             */
            differenceCents: number;
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-31 */
            to: string;
            byCounty: components["schemas"]["CountyReconciliation"][];
            byProducer: components["schemas"]["ProducerReconciliation"][];
        };
        BuyerPace: {
            /** Format: uuid */
            buyerId: string;
            /** @example Fucheng No. 1 Middle School canteen */
            name: string;
            /** @example budget_unit */
            kind: string;
            /** @example 2026 */
            year: number;
            /** @example 18000000 */
            pledgedCents: number;
            /** @example 2350000 */
            spentCents: number;
            /** @example 16500000 */
            paceCents: number;
            /** @example 14150000 */
            behindPaceCents: number;
            /** @example false */
            onPace: boolean;
            /**
             * @description Still to spend to reach the pledge.
             * @example 15650000
             */
            remainingCents: number;
        };
        BuyerPacePage: {
            /** @description Furthest behind first. */
            items: components["schemas"]["BuyerPace"][];
            nextCursor: string | null;
        };
        EmergencySaleMatch: {
            /** Format: uuid */
            buyerId: string;
            /** @example Fucheng No. 1 Middle School canteen */
            name: string;
            /** @example budget_unit */
            kind: string;
            /**
             * @description Pledge still to spend this year.
             * @example 9400000
             */
            remainingPledgeCents: number;
            /**
             * @description How far behind its pledge pace (0 when ahead).
             * @example 7250000
             */
            behindPaceCents: number;
            /**
             * @description In a region paired with the sale's county (a city covers its districts).
             * @example true
             */
            paired: boolean;
        };
        EmergencySaleMatchPage: {
            /** @description Furthest behind pace first, then most pledge left, then paired regions first. */
            items: components["schemas"]["EmergencySaleMatch"][];
            nextCursor: string | null;
        };
        EmergencyOfferView: {
            /** Format: uuid */
            saleId: string;
            /** Format: uuid */
            productId: string;
            /** @example Zhaojue tartary buckwheat tea */
            productName: string | null;
            /** @example 513431 */
            countyCode: string;
            /**
             * @description Set aside when the sale opened.
             * @example 800
             */
            quantity: number;
            /**
             * @description What a line naming this sale costs per unit.
             * @example 6500
             */
            unitPriceCents: number;
            /** @enum {string} */
            reason: "glut" | "disaster" | "epidemic" | "near_expiry";
            /** @example 2026-12-20T10:00:00.000Z */
            endsAt: string;
            /**
             * @description The buyer’s place among the matches when offered.
             * @example 1
             */
            rank: number;
            /** @example 7250000 */
            behindPaceCents: number;
            /** @example 9400000 */
            remainingPledgeCents: number;
            /** @example 2026-12-06T09:00:01.000Z */
            offeredAt: string;
        };
        EmergencyOfferPage: {
            items: components["schemas"]["EmergencyOfferView"][];
            nextCursor: string | null;
        };
        RecallView: {
            /** @example 5f0c3c1e-8f7a-4d55-9a64-3f1f1f0b2a11 */
            orderId: string;
            /** @example 0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11 */
            lotId: string;
            /** @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b */
            productId: string;
            /** @example b7d1c2e3-4f5a-4b6c-8d7e-9f0a1b2c3d4e */
            buyerId: string;
            /**
             * @example II
             * @enum {string}
             */
            class: "I" | "II" | "III";
            /** @example Pesticide residue above GB 2763 limits */
            reason: string;
            /**
             * @description When catalog recalled the lot.
             * @example 2026-12-03T08:00:00.000Z
             */
            recalledAt: string;
            /**
             * @description When orders marked this order.
             * @example 2026-12-03T08:00:00.412Z
             */
            markedAt: string;
            /**
             * @description How much of the order came from the lot.
             * @example 80
             */
            quantity: number;
            /**
             * @description The order’s status when the recall reached it.
             * @example IN_TRANSIT
             * @enum {string}
             */
            orderStatusWhenFound: "PLACED" | "CONFIRMED" | "REJECTED" | "IN_TRANSIT" | "DELIVERED" | "COMPLETED" | "DISPUTED" | "RESOLVED" | "CANCELLED";
            /**
             * @description Refused (not yet accepted) or refunded (already accepted).
             * @example 80
             */
            refusedQuantity: number;
            /**
             * @description Refunded now (accepted lines) or at settlement (the others).
             * @example 632000
             */
            refundCents: number;
            /**
             * @description Taken back from the relief ledger by reversal entries.
             * @example 632000
             */
            reversedCents: number;
        };
        RecallPage: {
            items: components["schemas"]["RecallView"][];
            nextCursor: string | null;
        };
        CreateStandingOrderRequest: {
            lines: components["schemas"]["OrderLineRequest"][];
            /**
             * @example week
             * @enum {string}
             */
            every: "week" | "month";
            /**
             * @description ISO day of the week (1 = Monday … 7 = Sunday); required with `every: "week"`, refused otherwise.
             * @example 1
             */
            dayOfWeek?: number;
            /** @description Day of the month; required with `every: "month"`, refused otherwise. A month without that day uses its last day. */
            dayOfMonth?: number;
            /**
             * @description First day an occurrence may fall on; today or later, at most 366 days from today.
             * @example 2026-12-07
             */
            startsOn: string;
            /**
             * @description Last day an occurrence may fall on.
             * @example 2027-07-02
             */
            endsOn?: string;
            /** @example Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District */
            deliveryAddress: string;
        };
        StandingOrderLineView: {
            productId: string;
            quantity: number;
        };
        OccurrenceView: {
            /**
             * @description The day the occurrence falls on (its delivery date).
             * @example 2026-12-14
             */
            occursOn: string;
            /** @description The order placed; null if it could not be placed. */
            orderId: string | null;
            /** @description Why it could not be placed. */
            problem: string | null;
            placedAt: string;
        };
        StandingOrderView: {
            id: string;
            buyerId: string;
            /** @enum {string} */
            status: "active" | "paused" | "cancelled" | "ended";
            lines: components["schemas"]["StandingOrderLineView"][];
            /** @enum {string} */
            every: "week" | "month";
            dayOfWeek: number | null;
            dayOfMonth: number | null;
            startsOn: string;
            endsOn: string | null;
            deliveryAddress: string;
            /** @description The next occurrence to place (while active or paused); null once cancelled or ended. */
            nextOccurrenceOn: string | null;
            /** @description Why it is paused (a rejected occurrence, or its buyer). */
            pausedReason: string | null;
            /** @description The latest occurrences, newest first (at most 10). */
            recentOccurrences: components["schemas"]["OccurrenceView"][];
        };
        StandingOrderPage: {
            items: components["schemas"]["StandingOrderView"][];
            nextCursor: string | null;
        };
        CreateRfqRequest: {
            /**
             * @example grain_oil
             * @enum {string}
             */
            category: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
            /**
             * @description Units of the products' unit.
             * @example 2000
             */
            quantity: number;
            /**
             * @description Delivery wanted by this day; today or later.
             * @example 2027-01-15
             */
            needBy: string;
            /**
             * @description Only producers with a listed product of the category in a key or deep poverty county see it.
             * @default false
             */
            povertyCountiesOnly: boolean;
            /** @example Buckwheat flour for the winter term, 25 kg sacks. */
            note?: string;
            /**
             * @description Where the awarded order goes (or give it with the award).
             * @example Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District
             */
            deliveryAddress?: string;
        };
        QuoteView: {
            id: string;
            rfqId: string;
            producerId: string;
            productId: string;
            unitPriceCents: number;
            quantity: number;
            validUntil: string;
            /** @enum {string} */
            status: "submitted" | "awarded" | "not_awarded";
            /** @description Past its validUntil day: it can no longer be awarded. */
            expired: boolean;
            createdAt: string;
        };
        RfqView: {
            id: string;
            buyerId: string;
            /** @enum {string} */
            category: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
            quantity: number;
            needBy: string;
            povertyCountiesOnly: boolean;
            note: string | null;
            deliveryAddress: string | null;
            /** @enum {string} */
            status: "open" | "awarded";
            awardedQuoteId: string | null;
            /** @description The order the award placed. */
            orderId: string | null;
            createdAt: string;
            /** @description On GET /rfqs/{id}: every quote for its buyer and administrators, only its own for a producer; absent from lists. */
            quotes?: components["schemas"]["QuoteView"][];
        };
        RfqPage: {
            items: components["schemas"]["RfqView"][];
            nextCursor: string | null;
        };
        SubmitQuoteRequest: {
            /** @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b */
            productId: string;
            /**
             * @description Price per unit in cents, in place of the tiers if awarded.
             * @example 5200
             */
            unitPriceCents: number;
            /** @example 2000 */
            quantity: number;
            /**
             * @description Last day the quote may be awarded; today or later.
             * @example 2027-01-05
             */
            validUntil: string;
        };
        AwardRfqRequest: {
            /** @example 8d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d */
            quoteId: string;
            /** @description Where the order goes; defaults to the request's deliveryAddress. */
            deliveryAddress?: string;
        };
        CreateDockingEventRequest: {
            /** @example Mianyang–Liangshan production–marketing docking fair */
            name: string;
            /** @example Mianyang */
            city: string;
            /**
             * @description First day of the fair.
             * @example 2027-03-12
             */
            startsOn: string;
            /**
             * @description Last day of the fair; not before startsOn.
             * @example 2027-03-14
             */
            endsOn: string;
            /**
             * @description A booth's full fee in cents, before the reduction of the exhibitor's poverty county.
             * @example 300000
             */
            boothFeeCents: number;
        };
        DockingEventView: {
            id: string;
            name: string;
            city: string;
            startsOn: string;
            endsOn: string;
            /** @description Full booth fee in cents. */
            boothFeeCents: number;
            createdAt: string;
        };
        DockingEventPage: {
            items: components["schemas"]["DockingEventView"][];
            nextCursor: string | null;
        };
        RegisterExhibitorRequest: {
            /**
             * @description The producer to register: required for an administrator; a producer registers itself (its own id or none).
             * @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b
             */
            producerId?: string;
        };
        ExhibitorView: {
            eventId: string;
            producerId: string;
            countyCode: string;
            countyName: string;
            /**
             * @description When the producer registered.
             * @enum {string|null}
             */
            povertyStatus: "key" | "deep" | "lifted" | null;
            /** @description The fair's full booth fee in cents. */
            fullBoothFeeCents: number;
            /** @description Percent of the fee waived for the county. */
            reductionPercent: number;
            reductionCents: number;
            /** @description What the exhibitor pays, in cents. */
            boothFeeCents: number;
            /** @example Zhaojue, a deep-poverty county: the booth fee is waived */
            reductionReason: string;
            registeredAt: string;
        };
        ExhibitorPage: {
            items: components["schemas"]["ExhibitorView"][];
            nextCursor: string | null;
        };
        RecordIntentRequest: {
            /**
             * @description A product of an exhibitor of the fair.
             * @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b
             */
            productId: string;
            /**
             * @description Units of the product's unit.
             * @example 200
             */
            quantity: number;
            /** @example Weekly from April for the school term, 5 kg tins. */
            note?: string;
            /**
             * @description Where the order goes when the intent becomes one (or give it then).
             * @example Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District
             */
            deliveryAddress?: string;
        };
        IntentView: {
            id: string;
            eventId: string;
            buyerId: string;
            productId: string;
            producerId: string;
            countyCode: string;
            quantity: number;
            /** @description Tier price when the intent was recorded, in cents. */
            unitPriceCents: number;
            /** @description quantity × unitPriceCents. */
            valueCents: number;
            note: string | null;
            deliveryAddress: string | null;
            /** @description The order the intent became. */
            orderId: string | null;
            createdAt: string;
        };
        IntentPage: {
            items: components["schemas"]["IntentView"][];
            nextCursor: string | null;
        };
        FairFigures: {
            count: number;
            quantity: number;
            cents: number;
        };
        ReliefFigures: {
            /** @description Accepted quantity of relief-eligible lines. */
            quantity: number;
            /** @description Relief recorded at acceptance, net of reversals. */
            cents: number;
        };
        CountyFairReport: {
            exhibitors: number;
            /** @description Intents recorded, valued at their recorded price. */
            intents: components["schemas"]["FairFigures"];
            /** @description Orders placed from the intents (their intended lines). */
            orders: components["schemas"]["FairFigures"];
            /** @description Relief from those orders, as the relief ledger recorded it. */
            acceptedRelief: components["schemas"]["ReliefFigures"];
            countyCode: string;
            countyName: string;
            /** @enum {string|null} */
            povertyStatus: "key" | "deep" | "lifted" | null;
        };
        FairTotals: {
            exhibitors: number;
            /** @description Intents recorded, valued at their recorded price. */
            intents: components["schemas"]["FairFigures"];
            /** @description Orders placed from the intents (their intended lines). */
            orders: components["schemas"]["FairFigures"];
            /** @description Relief from those orders, as the relief ledger recorded it. */
            acceptedRelief: components["schemas"]["ReliefFigures"];
        };
        DockingEventReport: {
            event: components["schemas"]["DockingEventView"];
            /** @description By county; a county official's county only. */
            counties: components["schemas"]["CountyFairReport"][];
            /** @description The sum of the rows shown. */
            totals: components["schemas"]["FairTotals"];
        };
        OrderIntentRequest: {
            /** @description Where the order goes; defaults to the intent's deliveryAddress. */
            deliveryAddress?: string;
            /**
             * @description Today or later; defaults to ORDERS_INTENT_DELIVERY_DAYS (7) days from today.
             * @example 2027-03-21
             */
            requestedDeliveryDate?: string;
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
    BuyersController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description Exact name. */
                name?: string;
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
                    "application/json": components["schemas"]["BuyerPage"];
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
    BuyersController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterBuyerRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerView"];
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
            /** @description A pledge without a budget (`PledgeWithoutBudget`), a budget unit without budget or pledge (`BudgetUnitWithoutPledge`, with `missing`), or with a pledge under 10% (`PledgeBelowMinimum`, with `pledgedSharePercent`, `minimumPercent`). */
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
    BuyersController_get: {
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
                    "application/json": components["schemas"]["BuyerView"];
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
            /** @description Not this caller, or unknown. */
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
    OrdersController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                status?: "PLACED" | "CONFIRMED" | "REJECTED" | "IN_TRANSIT" | "DELIVERED" | "COMPLETED" | "DISPUTED" | "RESOLVED" | "CANCELLED";
                /** @description Only orders a harvest lot was reserved for (orders’ part of a lot’s trace). */
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
                    "application/json": components["schemas"]["OrderPage"];
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
    OrdersController_place: {
        parameters: {
            query?: never;
            header: {
                /** @description Same key and body → same order and response. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceOrderRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Malformed body or missing/malformed Idempotency-Key. */
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
            /** @description A line names an emergency sale that is closed (`SaleClosed`, with `saleId`). */
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
            /** @description Lines no order can be placed with: unknown or unlisted product, quantity under the minimum, an emergency sale unknown or of another product (`OrderLinesRejected`, with `lines`: productId and problem); a product on two lines (`DuplicateOrderProducts`, with `productIds`); a delivery date that has passed (`DeliveryDateInPast`, with `requestedDeliveryDate`, `today`); key reused with another body (`IdempotencyKeyReused`, with `idempotencyKey`). */
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
    OrdersController_get: {
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
                    "application/json": components["schemas"]["OrderView"];
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
            /** @description No such order of yours. */
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
    OrdersController_cancel: {
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
                    "application/json": components["schemas"]["OrderView"];
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
            /** @description Already on its way or finished. */
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
    OrdersController_accept: {
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
                "application/json": components["schemas"]["AcceptOrderRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
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
            /** @description The order is not delivered. */
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
            /** @description A line that is not in the order (`LineNotInOrder`) or named twice (`LineNamedTwice`), more than was ordered (`AcceptedMoreThanOrdered`, with `acceptedQuantity`, `orderedQuantity`), an override for a line that needs none (`NoOverrideToGive`), all with `productId`; or (`/problems/breached-cold-chain`, listing `lines`) a line from a shipment that breached the cold chain kept without an overrideReason. */
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
    OrdersController_resolveDispute: {
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
                "application/json": components["schemas"]["ResolveDisputeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
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
            /** @description The order is not disputed. */
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
            /** @description refundCents missing for a refund or given otherwise (`RefundDoesNotFitResolution`, with `resolution`, `refundCents`), or too large (`RefundAboveAccepted`, with `refundCents`, `refundableCents`). */
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
    ReliefController_summary: {
        parameters: {
            query?: {
                /** @description First day included (UTC); default: 1 January of the year of `to`. */
                from?: string;
                /** @description Last day included (UTC); default: today. At most ten years after `from`. */
                to?: string;
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
                    "application/json": components["schemas"]["ReliefSummary"];
                };
            };
            /** @description A date that is not a calendar day `YYYY-MM-DD`. */
            400: {
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
            /** @description `to` before `from` (`ReportPeriodReversed`, with `from`, `to`), or more than ten years (`ReportPeriodTooLong`, with `maxYears`). */
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
    ReliefController_buyer: {
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
                    "application/json": components["schemas"]["BuyerReliefProgress"];
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
            /** @description Another buyer, or unknown. */
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
    ReliefController_pairing: {
        parameters: {
            query?: {
                /** @description First day included (UTC); default: 1 January of the year of `to`. */
                from?: string;
                /** @description Last day included (UTC); default: today. At most ten years after `from`. */
                to?: string;
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
                    "application/json": components["schemas"]["PairingReliefReport"];
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
            /** @description No such pairing. */
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
    ReliefController_county: {
        parameters: {
            query?: {
                /** @description First day included (UTC); default: 1 January of the year of `to`. */
                from?: string;
                /** @description Last day included (UTC); default: today. At most ten years after `from`. */
                to?: string;
            };
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["CountyReliefReport"];
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
            /** @description Another county than the official’s, or unknown. */
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
    ReliefController_reconciliation: {
        parameters: {
            query?: {
                /** @description First day included (UTC); default: 1 January of the year of `to`. */
                from?: string;
                /** @description Last day included (UTC); default: today. At most ten years after `from`. */
                to?: string;
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
                    "application/json": components["schemas"]["ReconciliationReport"];
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
            /** @description A county official whose `org` is not a county's 6-digit code. */
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
            /** @description `to` before `from` (`ReportPeriodReversed`, with `from`, `to`), or more than ten years (`ReportPeriodTooLong`, with `maxYears`). */
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
    PaceController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description `true`: only buyers behind their pace by more than RELIEF_PACE_TOLERANCE_PERCENT of it (not `onPace`); `false`: only the others. Absent: every pledged buyer. */
                behindPace?: "true" | "false";
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
                    "application/json": components["schemas"]["BuyerPacePage"];
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
    EmergencySalesController_matches: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["EmergencySaleMatchPage"];
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
            /** @description Unknown sale, or not the caller’s. */
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
    EmergencySalesController_offers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["EmergencyOfferPage"];
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
    RecallsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description Only the orders one recalled lot reached. */
                lotId?: string;
                /** @description Administrators only: one buyer’s recalls (buyers always see their own). */
                buyerId?: string;
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
                    "application/json": components["schemas"]["RecallPage"];
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
    StandingOrdersController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                status?: "active" | "paused" | "cancelled" | "ended";
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
                    "application/json": components["schemas"]["StandingOrderPage"];
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
    StandingOrdersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStandingOrderRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandingOrderView"];
                };
            };
            /** @description Malformed body, dayOfWeek/dayOfMonth missing or not matching `every`, start in the past. */
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
            /** @description A line of an unknown or unlisted product or under its minimum (`lines`), or no occurrence between startsOn and endsOn. */
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
    StandingOrdersController_get: {
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
                    "application/json": components["schemas"]["StandingOrderView"];
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
            /** @description No such standing order of yours. */
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
    StandingOrdersController_pause: {
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
                    "application/json": components["schemas"]["StandingOrderView"];
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
            /** @description No such standing order of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not active. */
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
    StandingOrdersController_resume: {
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
                    "application/json": components["schemas"]["StandingOrderView"];
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
            /** @description No such standing order of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not paused. */
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
    StandingOrdersController_cancel: {
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
                    "application/json": components["schemas"]["StandingOrderView"];
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
            /** @description No such standing order of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already cancelled or ended. */
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
    RfqsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                status?: "open" | "awarded";
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
                    "application/json": components["schemas"]["RfqPage"];
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
    RfqsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRfqRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RfqView"];
                };
            };
            /** @description Malformed body, or needBy in the past. */
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
    RfqsController_get: {
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
                    "application/json": components["schemas"]["RfqView"];
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
            /** @description No such request that you may see. */
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
    RfqsController_quote: {
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
                "application/json": components["schemas"]["SubmitQuoteRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuoteView"];
                };
            };
            /** @description Malformed body, or validUntil in the past. */
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
            /** @description No such request that you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request was awarded already. */
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
            /** @description The product is not yours, not listed, not of the category, not from a poverty county when asked, or sold from more than the quoted quantity (`productId`, `problem`). */
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
    RfqsController_award: {
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
                "application/json": components["schemas"]["AwardRfqRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RfqView"];
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
            /** @description No such request of yours, or no such quote on it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already awarded (`/problems/illegal-transition`), or the quote expired (`quoteId`, `validUntil`). */
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
            /** @description No deliveryAddress on the request or the award, or the product cannot be ordered any more. */
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
    DockingEventsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description upcoming: not ended yet, soonest first; past: ended, latest first. Default: all, latest first. */
                when?: "upcoming" | "past";
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
                    "application/json": components["schemas"]["DockingEventPage"];
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
    DockingEventsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDockingEventRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DockingEventView"];
                };
            };
            /** @description Malformed body, or endsOn before startsOn. */
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
    DockingEventsController_get: {
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
                    "application/json": components["schemas"]["DockingEventView"];
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
            /** @description No such fair. */
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
    DockingEventsController_exhibitors: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["ExhibitorPage"];
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
            /** @description No such fair. */
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
    DockingEventsController_register: {
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
                "application/json": components["schemas"]["RegisterExhibitorRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExhibitorView"];
                };
            };
            /** @description Malformed body; an administrator names no producerId, a producer another’s. */
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
            /** @description No such fair. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The producer is an exhibitor already (`eventId`, `producerId`). */
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
            /** @description A producer with no product in the catalog: its county is unknown (`producerId`). */
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
    DockingEventsController_intents: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["IntentPage"];
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
            /** @description No such fair. */
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
    DockingEventsController_recordIntent: {
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
                "application/json": components["schemas"]["RecordIntentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntentView"];
                };
            };
            /** @description Malformed body. */
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
            /** @description No such fair. */
            404: {
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
            /** @description The product is unknown or not an exhibitor’s (`productId`), or the quantity is under its minimum. */
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
    DockingEventsController_report: {
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
                    "application/json": components["schemas"]["DockingEventReport"];
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
            /** @description No such fair. */
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
    PurchaseIntentsController_order: {
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
                "application/json": components["schemas"]["OrderIntentRequest"];
            };
        };
        responses: {
            /** @description The order the intent became before. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description The order placed now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderView"];
                };
            };
            /** @description Malformed body, or a delivery date in the past. */
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
            /** @description No such intent of yours. */
            404: {
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
            /** @description No deliveryAddress on the intent or the body (`intentId`), or the product cannot be ordered any more. */
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
}
