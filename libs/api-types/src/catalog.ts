/* Generated from docs/openapi/catalog.json by `npm run openapi`; do not edit by hand. */
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
    "/v1/counties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counties ordered by code, optionally of one poverty status, a page at a time. */
        get: operations["CountiesController_list"];
        put?: never;
        /**
         * Register a county with its poverty status (administrators).
         * @description Announces catalog.county.registered.v1 on catalog.county.v1, keyed by the code.
         */
        post: operations["CountiesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/counties/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A county by its administrative division code. */
        get: operations["CountiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a county: names, paired city, poverty status (administrators).
         * @description Announces catalog.county.updated.v1 with the status before the change. Moving back to key or deep clears liftedOn. A change that changes nothing announces nothing.
         */
        patch: operations["CountiesController_change"];
        trace?: never;
    };
    "/v1/producers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Producers, oldest first, optionally of one county, a page at a time (administrators; a county official: its county, another → 404). */
        get: operations["ProducersController_list"];
        put?: never;
        /**
         * Onboard a producer in a registered county (administrators).
         * @description Announces catalog.producer.registered.v1 on catalog.producer.v1, keyed by the new id, with the county's poverty status. The producer's users carry this id as `org` in their tokens.
         */
        post: operations["ProducersController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/producers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A producer by id. */
        get: operations["ProducersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search products
         * @description In creation order. Buyers and platforms see listed products; a producer also its own drafts and delisted products; an administrator everything.
         */
        get: operations["ProductsController_search"];
        put?: never;
        /**
         * Register a product as a draft
         * @description A producer registers for its own organisation; an administrator names the producer. Announced as catalog.product.registered.v1.
         */
        post: operations["ProductsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a product */
        get: operations["ProductsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a product
         * @description Only the fields sent change; price tiers are checked against the resulting minimum order quantity. Announced as catalog.product.updated.v1 unless nothing changed.
         */
        patch: operations["ProductsController_update"];
        trace?: never;
    };
    "/v1/products/{id}/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a product on sale
         * @description Allowed moves: draft → listed, delisted → listed. Announced as catalog.product.listed.v1.
         */
        post: operations["ProductsController_list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/delist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a product from sale
         * @description Allowed moves: listed → delisted. Announced as catalog.product.delisted.v1.
         */
        post: operations["ProductsController_delist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a harvest lot to a product (its producer or an administrator). */
        post: operations["LotsController_addLot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock of a product: available, reserved, per lot, soonest expiry. */
        get: operations["LotsController_stock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emergency-sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emergency sales, newest first: open ones for every role, closed ones for their producer, county official and administrators. */
        get: operations["EmergencySalesController_list"];
        put?: never;
        /** Open an emergency sale (the product's producer, its county's official, an administrator): stock set aside from unexpired lots, earliest expiry first. */
        post: operations["EmergencySalesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emergency-sales/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One emergency sale (a closed one only for those who answer for it). */
        get: operations["EmergencySalesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emergency-sales/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an emergency sale by hand; what is unsold goes back to ordinary stock. */
        post: operations["EmergencySalesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your storefront listings, oldest first */
        get: operations["ListingsController_list"];
        put?: never;
        /** Put a listed product on your storefront under your own SKU */
        post: operations["ListingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a listing off your storefront */
        delete: operations["ListingsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/producers/{producerId}/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platforms' storefront listings of a producer's products, oldest first (the producer itself, administrators) */
        get: operations["ProducerListingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pairings, filtered by assisted county or assisting region, a page at a time. */
        get: operations["PairingsController_list"];
        put?: never;
        /**
         * Pair an assisting city or district with a county it assists (administrators).
         * @description Announces catalog.pairing.registered.v1 on catalog.pairing.v1, keyed by the pairing id.
         */
        post: operations["PairingsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pairings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pairing. */
        get: operations["PairingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * End a pairing (`to`), or correct its end or the region name (administrators).
         * @description Announces catalog.pairing.updated.v1 with the full snapshot.
         */
        patch: operations["PairingsController_change"];
        trace?: never;
    };
    "/v1/products/{id}/price-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record why a flagged price stands (justified) or that it was corrected: relief eligibility comes back (an administrator or the product county's official). */
        post: operations["PriceReviewController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lots/{id}/trace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A harvest lot and every order it was reserved for (its producer, an administrator, its county’s official).
         * @description Orders (`GET /v1/orders?lotId=`, `GET /v1/recalls`) and logistics (`GET /v1/shipments?lotId=`, `GET /v1/lots/{id}/epcis`) answer their part of the trace by the same lot id.
         */
        get: operations["LotTraceController_trace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lots/{id}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recall a harvest lot (its producer or an administrator).
         * @description Blocks what is left of the lot, releases the reservations of orders not yet confirmed (orders rejects them with reason `recalled`) and announces `catalog.lot.recalled.v1`: orders marks and notifies every order the lot reached and refuses or reverses what was not yet taken; logistics marks the shipments still moving.
         */
        post: operations["LotTraceController_recall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The brand catalogue (public)
         * @description Admitted brands only: those of deep poverty counties first, then key ones, then the others, each in order of admission.
         */
        get: operations["BrandsController_catalogue"];
        put?: never;
        /**
         * Submit a brand for the catalogue
         * @description A producer submits its own enterprise or product brand (ownerProducerId its own organisation, or left out); a county official a regional public brand of its own county; an administrator any. The owner of an enterprise or product brand is a producer of the brand's county. The brand waits as `submitted` for an administrator. Announced as catalog.brand.submitted.v1.
         */
        post: operations["BrandsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brands/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The admission queue (administrators)
         * @description Submitted brands waiting for a decision: those of deep poverty counties first, then key ones, then the others; oldest submission first within each.
         */
        get: operations["BrandsController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An admitted brand with its products (public)
         * @description With the listed products naming it and, for a regional public brand, its geographical-indication certificate as certification last announced it (`valid` false once suspended, revoked or expired).
         */
        get: operations["BrandsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brands/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admit or reject a submitted brand (administrators)
         * @description A brand is decided once: an administrator admits a submitted brand to the catalogue or rejects it. A second decision is a 409; a rejected name may be submitted again as a new brand.
         *
         *     - submitted —admit→ admitted
         *     - submitted —reject→ rejected
         *
         *     Announced as catalog.brand.admitted.v1 or catalog.brand.rejected.v1.
         */
        post: operations["BrandsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/producers/{producerId}/brands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A producer's own brands in every status, newest submission first (the producer itself, administrators)
         * @description The brands it owns: submitted (waiting for an administrator), admitted or rejected, each with the administrator's note on the decision (the reason of a rejection) in decisionNote.
         */
        get: operations["ProducerBrandsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/platforms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registered e-commerce platforms, by id (administrators) */
        get: operations["PlatformsController_list"];
        put?: never;
        /**
         * Register an e-commerce platform by name (administrators)
         * @description Its id is the `org` of the platform's tokens; producers then see its name on the listings of their products.
         */
        post: operations["PlatformsController_register"];
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
        RegisterCountyRequest: {
            /**
             * @description Administrative division code (GB/T 2260), 6 digits.
             * @example 513431
             */
            code: string;
            /** @example Zhaojue */
            name: string;
            /** @example Sichuan */
            province: string;
            /** @example Liangshan Yi Autonomous Prefecture */
            prefecture: string;
            /**
             * @description `key` county of the national programme, `deep` poverty, or `lifted` out of poverty.
             * @example deep
             * @enum {string}
             */
            povertyStatus: "key" | "deep" | "lifted";
            /**
             * @description The day the county was lifted out of poverty: required exactly when `lifted`, not in the future.
             * @example 2020-11-17
             */
            liftedOn?: string | null;
            /**
             * @deprecated
             * @description Deprecated (a free-text note; removed in the next release): pairings are data now, see /v1/pairings.
             * @example Mianyang
             */
            pairedCity?: string | null;
        };
        CountyView: {
            /** @example 513431 */
            code: string;
            /** @example Zhaojue */
            name: string;
            /** @example Sichuan */
            province: string;
            /** @example Liangshan Yi Autonomous Prefecture */
            prefecture: string;
            /**
             * @example lifted
             * @enum {string}
             */
            povertyStatus: "key" | "deep" | "lifted";
            /** @example 2020-11-17 */
            liftedOn: string | null;
            /**
             * @deprecated
             * @description Deprecated free-text note, kept readable for one release: pairings are /v1/pairings.
             * @example Mianyang
             */
            pairedCity: string | null;
        };
        CountyPage: {
            items: components["schemas"]["CountyView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page.
             * @example WyI1MTM0MzEiXQ
             */
            nextCursor: string | null;
        };
        ChangeCountyRequest: {
            /** @example Zhaojue */
            name?: string;
            /** @example Sichuan */
            province?: string;
            /** @example Liangshan Yi Autonomous Prefecture */
            prefecture?: string;
            /**
             * @example lifted
             * @enum {string}
             */
            povertyStatus?: "key" | "deep" | "lifted";
            /**
             * @description The day the county was lifted out of poverty, not in the future; only for `lifted`.
             * @example 2020-11-17
             */
            liftedOn?: string | null;
            /**
             * @deprecated
             * @description Deprecated free-text note (see /v1/pairings); `null` removes it.
             * @example Mianyang
             */
            pairedCity?: string | null;
        };
        RegisterProducerRequest: {
            /** @example Zhaojue Tartary Buckwheat Cooperative */
            name: string;
            /**
             * @example cooperative
             * @enum {string}
             */
            kind: "cooperative" | "leading_enterprise" | "family_farm" | "relief_workshop";
            /**
             * @description Code of a registered county (Zhaojue, Liangshan).
             * @example 513431
             */
            countyCode: string;
            /**
             * @description Unified social credit code (GB 32100-2015), 18 characters, check digit verified.
             * @example 93513431MA62H4L2X5
             */
            creditCode: string;
            /**
             * @description Poor households the producer employs or buys from.
             * @example 120
             */
            povertyHouseholds: number;
        };
        ProducerView: {
            /** @example 7d3f5a2e-8c41-4b6a-9e0f-2a1b3c4d5e6f */
            id: string;
            /** @example Zhaojue Tartary Buckwheat Cooperative */
            name: string;
            /**
             * @example cooperative
             * @enum {string}
             */
            kind: "cooperative" | "leading_enterprise" | "family_farm" | "relief_workshop";
            /** @example 513431 */
            countyCode: string;
            /** @example 93513431MA62H4L2X5 */
            creditCode: string;
            /** @example 120 */
            povertyHouseholds: number;
        };
        ProducerPage: {
            items: components["schemas"]["ProducerView"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page.
             * @example WyIyMDI1LTExLTI4VDA4OjMwOjAwLjEyMzQ1NloiLCI3ZDNmNWEyZS04YzQxLTRiNmEtOWUwZi0yYTFiM2M0ZDVlNmYiXQ
             */
            nextCursor: string | null;
        };
        PriceTierInput: {
            /**
             * @description The tier applies from this quantity (in the unit).
             * @example 100
             */
            minQuantity: number;
            /**
             * @description Price per unit in integer cents (fen).
             * @example 7900
             */
            unitPriceCents: number;
        };
        CreateProductRequest: {
            /** @example Zhaojue Tartary buckwheat tea */
            name: string;
            /**
             * @description Decides the cold-chain profile.
             * @example tea
             * @enum {string}
             */
            category: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
            /**
             * @description The unit quantities count in.
             * @example kg
             */
            unit: string;
            /** @example 540 */
            shelfLifeDays: number;
            /** @example 10 */
            minOrderQuantity: number;
            /**
             * @description Bulk prices, strictly ascending by minQuantity; the first tier must start at or below minOrderQuantity so that the minimum order has a price. The tier in force is the last one reached.
             * @example [
             *       {
             *         "minQuantity": 10,
             *         "unitPriceCents": 8800
             *       },
             *       {
             *         "minQuantity": 100,
             *         "unitPriceCents": 7900
             *       },
             *       {
             *         "minQuantity": 1000,
             *         "unitPriceCents": 7200
             *       }
             *     ]
             */
            priceTiers: components["schemas"]["PriceTierInput"][];
            /** @example Liangshan Highlands */
            brand?: string | null;
            /**
             * Format: uuid
             * @description An admitted brand of the catalogue (GET /v1/brands): the producer's own enterprise or product brand, or its county's regional public brand. Optional; an unknown or unadmitted brand is a 422 (`BrandNotAdmitted`), another's a 422 (`BrandNotForProducer`).
             * @example 6b1f0c2e-4a8d-4e3b-9c7f-2d5e8a1b3c4d
             */
            brandId?: string | null;
            /**
             * @description The product's GS1 Global Trade Item Number, as a GTIN-8, -12, -13 or -14 with its check digit (400 otherwise); kept in its 14-digit form, unique across products (409 `GtinTaken`). Optional: EPCIS exports name the product's lots with GS1 Digital Link URIs when it has one.
             * @example 6901234567892
             */
            gtin?: string | null;
            /**
             * Format: uuid
             * @description Required for an administrator; a producer's products are its own (its token's org), so a producer may leave it out or send its own id, and gets 403 for any other.
             * @example 3f6c2a8e-5d1b-4c7a-9e21-7a0b8d4c6f10
             */
            producerId?: string;
        };
        PriceTierView: {
            /** @example 10 */
            minQuantity: number;
            /** @example 8800 */
            unitPriceCents: number;
        };
        ColdChainProfileView: {
            /**
             * @description Lowest allowed temperature, °C.
             * @example 0
             */
            minC: number;
            /**
             * @description Highest allowed temperature, °C.
             * @example 4
             */
            maxC: number;
            /**
             * @description Minutes allowed outside the range before an excursion.
             * @example 120
             */
            maxDwellMinutes: number;
        };
        ProductView: {
            /**
             * Format: uuid
             * @example 9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a
             */
            id: string;
            /**
             * Format: uuid
             * @example 3f6c2a8e-5d1b-4c7a-9e21-7a0b8d4c6f10
             */
            producerId: string;
            /**
             * @description The producer's county.
             * @example 520123
             */
            countyCode: string;
            /** @example Guizhou Xiuwen kiwifruit */
            name: string;
            /**
             * @example temperate_fruit
             * @enum {string}
             */
            category: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
            /** @example kg */
            unit: string;
            /** @example 30 */
            shelfLifeDays: number;
            /** @example 20 */
            minOrderQuantity: number;
            /**
             * @example [
             *       {
             *         "minQuantity": 20,
             *         "unitPriceCents": 1600
             *       },
             *       {
             *         "minQuantity": 500,
             *         "unitPriceCents": 1350
             *       }
             *     ]
             */
            priceTiers: components["schemas"]["PriceTierView"][];
            /** @example Xiuwen Kiwi */
            brand: string | null;
            /**
             * Format: uuid
             * @description The admitted catalogue brand the product names (GET /v1/brands/{id}).
             */
            brandId: string | null;
            /**
             * @description The product's GS1 GTIN in its 14-digit form (leading zeros), or null.
             * @example 06901234567892
             */
            gtin: string | null;
            /**
             * @example listed
             * @enum {string}
             */
            status: "draft" | "listed" | "delisted";
            /**
             * @description Schemes of the valid certificates covering the product (set by certification only).
             * @example [
             *       "geographical_indication",
             *       "green_food"
             *     ]
             */
            badges: ("green_food" | "organic" | "geographical_indication" | "poverty_alleviation_product")[];
            /**
             * @description A valid poverty-alleviation-product certificate covers it (set by certification only).
             * @example true
             */
            reliefEligible: boolean;
            /**
             * @description Price against the market (monitoring): `flagged` withholds relief eligibility until justified, corrected or back in the band.
             * @enum {string}
             */
            priceReview: "none" | "flagged" | "justified" | "corrected";
            /** @description Follows from the category. */
            coldChainProfile: components["schemas"]["ColdChainProfileView"];
        };
        ProductPage: {
            items: components["schemas"]["ProductView"][];
            /** @description null on the last page. */
            nextCursor: string | null;
        };
        UpdateProductRequest: {
            /** @example Butuo black goat meat, chilled */
            name?: string;
            /**
             * @example chilled_meat
             * @enum {string}
             */
            category?: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
            /** @example kg */
            unit?: string;
            /** @example 7 */
            shelfLifeDays?: number;
            /** @example 50 */
            minOrderQuantity?: number;
            /**
             * @description Bulk prices, strictly ascending by minQuantity; the first tier must start at or below minOrderQuantity so that the minimum order has a price. The tier in force is the last one reached. Checked against the minOrderQuantity the product will have.
             * @example [
             *       {
             *         "minQuantity": 50,
             *         "unitPriceCents": 12800
             *       },
             *       {
             *         "minQuantity": 500,
             *         "unitPriceCents": 11900
             *       }
             *     ]
             */
            priceTiers?: components["schemas"]["PriceTierInput"][];
            /**
             * @description null removes the brand.
             * @example Butuo Highland Pastures
             */
            brand?: string | null;
            /**
             * Format: uuid
             * @description An admitted brand of the catalogue (GET /v1/brands): the producer's own enterprise or product brand, or its county's regional public brand. null removes it; an unknown or unadmitted brand is a 422 (`BrandNotAdmitted`), another's a 422 (`BrandNotForProducer`).
             * @example 6b1f0c2e-4a8d-4e3b-9c7f-2d5e8a1b3c4d
             */
            brandId?: string | null;
            /**
             * @description The product's GS1 Global Trade Item Number, as a GTIN-8, -12, -13 or -14 with its check digit (400 otherwise); kept in its 14-digit form, unique across products (409 `GtinTaken`). Optional: EPCIS exports name the product's lots with GS1 Digital Link URIs when it has one. null removes it.
             * @example 06901234567892
             */
            gtin?: string | null;
        };
        AddLotRequest: {
            /**
             * @description Units of the product (its `unit`), a positive integer.
             * @example 2000
             */
            quantity: number;
            /**
             * @description Harvest (or production) date, `YYYY-MM-DD`, not in the future.
             * @example 2026-11-20
             */
            harvestedOn: string;
            /**
             * @description Last day the lot may be sold, `YYYY-MM-DD`, today or later.
             * @example 2027-11-19
             */
            expiresOn: string;
        };
        LotView: {
            /** @example 0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11 */
            id: string;
            /** @example 2000 */
            quantity: number;
            /**
             * @description What can still be reserved (0 once expired).
             * @example 1500
             */
            available: number;
            /** @example 500 */
            reserved: number;
            /**
             * @description Sold to completed orders.
             * @example 0
             */
            committed: number;
            /**
             * @description Set aside for open emergency sales (not for ordinary orders).
             * @example 0
             */
            held: number;
            /** @example 2026-11-20 */
            harvestedOn: string;
            /** @example 2027-11-19 */
            expiresOn: string;
            /** @example false */
            expired: boolean;
        };
        StockView: {
            /** @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b */
            productId: string;
            /**
             * @description Sum of what unexpired lots can still give.
             * @example 1500
             */
            available: number;
            /**
             * @description Held for orders not yet completed or cancelled.
             * @example 500
             */
            reserved: number;
            /**
             * @description Set aside for open emergency sales: bought only through them, not counted in `available`.
             * @example 0
             */
            heldForEmergencySales: number;
            /** @description Lots, first expiry first. */
            lots: components["schemas"]["LotView"][];
            /**
             * @description Expiry of the first unexpired lot with stock left.
             * @example 2027-11-19
             */
            soonestExpiry: string | null;
        };
        OpenEmergencySaleRequest: {
            /**
             * Format: uuid
             * @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b
             */
            productId: string;
            /**
             * @description Units of the product's unit set aside from its unexpired lots, earliest expiry first (ordinary orders can no longer take them).
             * @example 800
             */
            quantity: number;
            /**
             * @description At most the product's lowest tier price (422 above it).
             * @example 6500
             */
            unitPriceCents: number;
            /**
             * @example glut
             * @enum {string}
             */
            reason: "glut" | "disaster" | "epidemic" | "near_expiry";
            /**
             * @description When the sale closes by itself (what is unsold goes back to ordinary stock); in the future.
             * @example 2026-12-20T18:00:00+08:00
             */
            endsAt: string;
            /** @example Bumper harvest; the county cold store is full. */
            note?: string;
        };
        EmergencySaleView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            productId: string;
            /** @example Zhaojue tartary buckwheat tea */
            productName: string;
            /** Format: uuid */
            producerId: string;
            /** @example 513431 */
            countyCode: string;
            /** @enum {string} */
            category: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
            /**
             * @description Set aside when the sale opened.
             * @example 800
             */
            quantity: number;
            /** @example 6500 */
            unitPriceCents: number;
            /** @enum {string} */
            reason: "glut" | "disaster" | "epidemic" | "near_expiry";
            note: string | null;
            /** @example 2026-12-20T10:00:00.000Z */
            endsAt: string;
            /** @enum {string} */
            status: "open" | "closed";
            /**
             * @description Taken by orders.
             * @example 120
             */
            soldQuantity: number;
            /**
             * @description Still held for the sale on unexpired lots (0 once closed).
             * @example 680
             */
            heldQuantity: number;
            /** @description Returned to ordinary stock when the sale closed. */
            unsoldQuantity: number | null;
            /** @enum {string|null} */
            closedBy: "sold_out" | "ended" | "hand" | null;
            /** @example 2026-12-06T09:00:00.000Z */
            openedAt: string;
            closedAt: string | null;
        };
        EmergencySalePage: {
            items: components["schemas"]["EmergencySaleView"][];
            nextCursor: string | null;
        };
        CreateListingRequest: {
            /**
             * Format: uuid
             * @description A listed product.
             * @example 9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a
             */
            productId: string;
            /**
             * @description The product's SKU on your storefront; unique within it.
             * @example ZJ-TARTARY-TEA-500G
             */
            externalSku: string;
        };
        ListingView: {
            /**
             * Format: uuid
             * @example 0c8f5b2d-4e6a-4f1b-8d3c-9a7e6b5c4d3e
             */
            id: string;
            /**
             * Format: uuid
             * @example 9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a
             */
            productId: string;
            /** @example BT-BLACK-GOAT-CHILLED-1KG */
            externalSku: string;
        };
        ListingPage: {
            items: components["schemas"]["ListingView"][];
            /** @description null on the last page. */
            nextCursor: string | null;
        };
        ProducerListingView: {
            /**
             * Format: uuid
             * @example 0c8f5b2d-4e6a-4f1b-8d3c-9a7e6b5c4d3e
             */
            id: string;
            /**
             * Format: uuid
             * @example 9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a
             */
            productId: string;
            /** @example Zhaojue tartary buckwheat tea */
            productName: string;
            /**
             * @description The platform that lists it.
             * @example jd-poverty-relief-mall
             */
            platformId: string;
            /**
             * @description The platform's name from the register of platforms (POST /v1/platforms); null if not registered.
             * @example JD Poverty Relief Mall
             */
            platformName: string | null;
            /**
             * @description The product's SKU on that platform.
             * @example ZJ-TARTARY-TEA-500G
             */
            externalSku: string;
            /** @example 2026-12-01T08:00:00.000Z */
            listedAt: string;
        };
        ProducerListingPage: {
            items: components["schemas"]["ProducerListingView"][];
            /** @description null on the last page. */
            nextCursor: string | null;
        };
        RegisterPairingRequest: {
            /**
             * @description The assisting city/prefecture (last two digits 00; it covers its districts and county-level cities) or district/county-level city.
             * @example 510700
             */
            assistingRegionCode: string;
            /** @example Mianyang */
            assistingRegionName: string;
            /**
             * @description A registered county (422 otherwise).
             * @example 513431
             */
            assistedCountyCode: string;
            /**
             * Format: date
             * @description First day of the pairing.
             * @example 2018-01-01
             */
            from: string;
            /**
             * Format: date
             * @description Last day; null or absent while it lasts. Not before `from` (422).
             * @example null
             */
            to?: string | null;
        };
        PairingView: {
            /** Format: uuid */
            id: string;
            /** @example 510700 */
            assistingRegionCode: string;
            /** @example Mianyang */
            assistingRegionName: string;
            /** @example 513431 */
            assistedCountyCode: string;
            /**
             * Format: date
             * @example 2018-01-01
             */
            from: string;
            /**
             * Format: date
             * @example null
             */
            to: string | null;
            /** @example 1 */
            version: number;
        };
        PairingPage: {
            items: components["schemas"]["PairingView"][];
            nextCursor: string | null;
        };
        ChangePairingRequest: {
            /** @example Mianyang */
            assistingRegionName?: string;
            /**
             * Format: date
             * @example 2025-12-31
             */
            to?: string | null;
        };
        PriceReviewRequest: {
            /**
             * @description `justified`: the price stands for a reason; `corrected`: the producer has corrected it.
             * @enum {string}
             */
            decision: "justified" | "corrected";
            /** @example Hand-picked spring harvest, certified organic. */
            note: string;
        };
        LotRecallView: {
            /**
             * @example II
             * @enum {string}
             */
            class: "I" | "II" | "III";
            /** @example Pesticide residue above GB 2763 limits */
            reason: string;
            /** @example 2026-12-03T08:00:00.000Z */
            at: string;
        };
        TracedLotView: {
            /** @example 0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11 */
            id: string;
            /** @example 3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b */
            productId: string;
            /** @example e1c2d3f4-5a6b-4c7d-8e9f-0a1b2c3d4e5f */
            producerId: string;
            /** @example 513431 */
            countyCode: string;
            /** @example 2000 */
            quantity: number;
            /** @example 2026-11-20 */
            harvestedOn: string;
            /** @example 2027-11-19 */
            expiresOn: string;
            /**
             * @description Held for orders not yet completed or cancelled.
             * @example 500
             */
            reserved: number;
            /**
             * @description Sold to completed orders.
             * @example 300
             */
            committed: number;
            /**
             * @description Taken out of sale by a recall.
             * @example 1200
             */
            blocked: number;
            /** @description Null unless recalled. */
            recall: components["schemas"]["LotRecallView"] | null;
        };
        LotReservationView: {
            /** @example 5f0c3c1e-8f7a-4d55-9a64-3f1f1f0b2a11 */
            orderId: string;
            /**
             * @description Null for reservations made before lots were traced.
             * @example b7d1c2e3-4f5a-4b6c-8d7e-9f0a1b2c3d4e
             */
            buyerId: string | null;
            /**
             * @description Units of this lot the order holds (or held).
             * @example 120
             */
            quantity: number;
            /**
             * @description `reserved` (order not yet confirmed), `confirmed`, `released` (order cancelled, or lost its reservation to a recall), `committed` (goods taken).
             * @example confirmed
             * @enum {string}
             */
            status: "reserved" | "confirmed" | "released" | "committed";
        };
        LotTraceView: {
            lot: components["schemas"]["TracedLotView"];
            /** @description Every order the lot was reserved for, oldest first. */
            reservations: components["schemas"]["LotReservationView"][];
        };
        RecallLotRequest: {
            /**
             * @description Why the lot is recalled; shown to every buyer it reached.
             * @example Pesticide residue above GB 2763 limits in the county inspection of 2026-12-02
             */
            reason: string;
            /**
             * @description I: a serious health hazard; II: a possible, temporary one; III: unlikely to harm.
             * @example II
             * @enum {string}
             */
            class: "I" | "II" | "III";
        };
        LotRecallResult: {
            lot: components["schemas"]["TracedLotView"];
            /**
             * @description Orders not yet confirmed whose reservation was released (orders rejects them, reason `recalled`).
             * @example [
             *       "5f0c3c1e-8f7a-4d55-9a64-3f1f1f0b2a11"
             *     ]
             */
            releasedOrderIds: string[];
        };
        SubmitBrandRequest: {
            /** @example 大凉山 Daliangshan */
            name: string;
            /**
             * @example regional_public
             * @enum {string}
             */
            kind: "regional_public" | "enterprise" | "product";
            /**
             * @description The county the brand belongs to (6-digit division code).
             * @example 513431
             */
            countyCode: string;
            /**
             * Format: uuid
             * @description The producer an enterprise or product brand belongs to (required for those, a producer of the county). A producer may leave it out for its own; a regional public brand may name the producer that holds it.
             * @example 3f6c2a8e-5d1b-4c7a-9e21-7a0b8d4c6f10
             */
            ownerProducerId?: string;
            /**
             * @description Number of the geographical-indication certificate a regional public brand stands on; shown with the brand while certification says it is valid.
             * @example AGI-2026-0101
             */
            geographicalIndicationCertificate?: string;
        };
        GeographicalIndicationView: {
            /** @example AGI-2026-0101 */
            number: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "suspended" | "revoked" | "expired";
            /**
             * Format: date
             * @example null
             */
            validFrom: string | null;
            /**
             * Format: date
             * @description null: a geographical indication does not end.
             * @example null
             */
            validUntil: string | null;
            /**
             * @description Active and within its validity today; false once suspended, revoked or expired.
             * @example true
             */
            valid: boolean;
        };
        BrandView: {
            /** Format: uuid */
            id: string;
            /** @example 大凉山 Daliangshan */
            name: string;
            /**
             * @example regional_public
             * @enum {string}
             */
            kind: "regional_public" | "enterprise" | "product";
            /** @example 513431 */
            countyCode: string;
            /** @example Zhaojue */
            countyName: string;
            /**
             * @description The county's poverty status.
             * @example deep
             * @enum {string}
             */
            povertyStatus: "key" | "deep" | "lifted";
            /** Format: uuid */
            ownerProducerId: string | null;
            /**
             * @description The certificate number as submitted.
             * @example AGI-2026-0101
             */
            geographicalIndicationCertificate: string | null;
            /** @description The standing of that geographical-indication certificate as certification announced it; null while catalog has not heard of it. */
            geographicalIndication: components["schemas"]["GeographicalIndicationView"] | null;
            /**
             * @example admitted
             * @enum {string}
             */
            status: "submitted" | "admitted" | "rejected";
            /** @description The administrator's note with the decision. */
            decisionNote: string | null;
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            decidedAt: string | null;
        };
        BrandPage: {
            items: components["schemas"]["BrandView"][];
            /** @description null on the last page. */
            nextCursor: string | null;
        };
        BrandDetailView: {
            /** Format: uuid */
            id: string;
            /** @example 大凉山 Daliangshan */
            name: string;
            /**
             * @example regional_public
             * @enum {string}
             */
            kind: "regional_public" | "enterprise" | "product";
            /** @example 513431 */
            countyCode: string;
            /** @example Zhaojue */
            countyName: string;
            /**
             * @description The county's poverty status.
             * @example deep
             * @enum {string}
             */
            povertyStatus: "key" | "deep" | "lifted";
            /** Format: uuid */
            ownerProducerId: string | null;
            /**
             * @description The certificate number as submitted.
             * @example AGI-2026-0101
             */
            geographicalIndicationCertificate: string | null;
            /** @description The standing of that geographical-indication certificate as certification announced it; null while catalog has not heard of it. */
            geographicalIndication: components["schemas"]["GeographicalIndicationView"] | null;
            /**
             * @example admitted
             * @enum {string}
             */
            status: "submitted" | "admitted" | "rejected";
            /** @description The administrator's note with the decision. */
            decisionNote: string | null;
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** @description Listed products naming the brand, in creation order (the first 100; GET /v1/products?brandId= pages through all). */
            products: components["schemas"]["ProductView"][];
        };
        BrandDecisionRequest: {
            /**
             * @example admitted
             * @enum {string}
             */
            decision: "admitted" | "rejected";
            /** @example GI certificate checked; county brand programme 2026. */
            note: string;
        };
        RegisterPlatformRequest: {
            /**
             * @description The platform's id: the `org` claim of its tokens. Cannot be changed.
             * @example sichuan-relief-mall
             */
            id: string;
            /** @example Sichuan Poverty Relief Mall */
            name: string;
        };
        PlatformView: {
            /** @example sichuan-relief-mall */
            id: string;
            /** @example Sichuan Poverty Relief Mall */
            name: string;
            /** @example 2026-03-01T08:00:00.000Z */
            registeredAt: string;
        };
        PlatformPage: {
            items: components["schemas"]["PlatformView"][];
            /** @description null on the last page. */
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
    CountiesController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                povertyStatus?: "key" | "deep" | "lifted";
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
                    "application/json": components["schemas"]["CountyPage"];
                };
            };
            /** @description Unknown status, limit out of 1–100, or a cursor this API did not give. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (problem+json). */
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
    CountiesController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCountyRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountyView"];
                };
            };
            /** @description Malformed body: code not 6 digits, unknown status, liftedOn missing or in the future. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not an administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A county with this code is already registered (`CountyAlreadyRegistered`, with `code`). */
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
    CountiesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Administrative division code, 6 digits. */
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
                    "application/json": components["schemas"]["CountyView"];
                };
            };
            /** @description The code is not 6 digits. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (problem+json). */
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
            /** @description No county with this code. */
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
    CountiesController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Administrative division code, 6 digits. */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeCountyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountyView"];
                };
            };
            /** @description Malformed body or code. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not an administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No county with this code. */
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
            /** @description The county would be lifted without a liftedOn date, or have one without being lifted (`PovertyStatusMismatch`, with `code`, `povertyStatus`, `liftedOn`). */
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
    ProducersController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description Only producers of this county (e.g. Butuo). */
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
                    "application/json": components["schemas"]["ProducerPage"];
                };
            };
            /** @description Malformed county code, limit out of 1–100, or a cursor this API did not give. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is neither an administrator nor a county official. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A county official asking for another county's producers. */
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
    ProducersController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterProducerRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProducerView"];
                };
            };
            /** @description Malformed body: unknown kind, negative households, credit code malformed or with a wrong check digit. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not an administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A producer with this credit code is already registered (`CreditCodeAlreadyRegistered`, with `creditCode`). */
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
            /** @description The county is not registered (`ProducerCountyNotRegistered`, with `countyCode`). */
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
    ProducersController_get: {
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
                    "application/json": components["schemas"]["ProducerView"];
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
            /** @description No valid bearer token (problem+json). */
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
            /** @description No producer with this id. */
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
    ProductsController_search: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                category?: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
                /** @description The producer's county (6-digit division code). */
                countyCode?: string;
                /** @description Poverty status of the producer's county. */
                povertyStatus?: "key" | "deep" | "lifted";
                /** @description Certification schemes the product holds a badge for; repeat the parameter to require several. */
                scheme?: ("green_food" | "organic" | "geographical_indication" | "poverty_alleviation_product")[];
                /** @description Recognised poverty-alleviation products only (true) or the others (false). */
                reliefEligible?: "true" | "false";
                /** @description Case-insensitive part of the name. */
                q?: string;
                /** @description Products naming this catalogue brand. */
                brandId?: string;
            };
            header?: {
                /** @description Entity tags of representations the client holds (or `*`); when one names the current representation the answer is 304 without a body. Weak comparison: `W/"x"` matches `"x"`. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products and the cursor of the next one. */
            200: {
                headers: {
                    /** @description A strong entity tag of this representation; send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description Who may keep the answer and when it must be revalidated. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            /** @description Not modified: If-None-Match names the current representation. No body; ETag and `Cache-Control: private, no-cache`, `Vary: Authorization` as on 200. */
            304: {
                headers: {
                    /** @description A strong entity tag of this representation; send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description Who may keep the answer and when it must be revalidated. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown or invalid query parameter, or a cursor this API did not give. */
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
    ProductsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductRequest"];
            };
        };
        responses: {
            /** @description The new draft. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description A field is missing or invalid, or the body sets a field clients may not (status, badges…). */
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
            /** @description Not a producer or administrator, or another producer's id. */
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
            /** @description Unknown producer (`ProducerNotKnown`, with `producerId`), or price tiers that do not ascend or leave the minimum order unpriced (`PriceTiersInconsistent`, with `errors`). */
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
    ProductsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity tags of representations the client holds (or `*`); when one names the current representation the answer is 304 without a body. Weak comparison: `W/"x"` matches `"x"`. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The product id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description A strong entity tag of this representation; send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description Who may keep the answer and when it must be revalidated. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description Not modified: If-None-Match names the current representation. No body; ETag and `Cache-Control: private, no-cache`, `Vary: Authorization` as on 200. */
            304: {
                headers: {
                    /** @description A strong entity tag of this representation; send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description Who may keep the answer and when it must be revalidated. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The caller's role may not use this operation. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such product, or not one you can see (drafts are seen by their producer only). */
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
    ProductsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description An invalid field, or one clients may not set (status, badges…). */
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
            /** @description Neither the producer of the product nor an administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such product, or not one you can see (drafts are seen by their producer only). */
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
            /** @description Price tiers that do not fit the minimum order quantity (`PriceTiersInconsistent`, with `errors`). */
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
    ProductsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id. */
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
                    "application/json": components["schemas"]["ProductView"];
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
            /** @description Neither the producer of the product nor an administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such product, or not one you can see (drafts are seen by their producer only). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The product is already listed. */
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
    ProductsController_delist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The product id. */
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
                    "application/json": components["schemas"]["ProductView"];
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
            /** @description Neither the producer of the product nor an administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such product, or not one you can see (drafts are seen by their producer only). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The product is a draft or already delisted. */
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
    LotsController_addLot: {
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
                "application/json": components["schemas"]["AddLotRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotView"];
                };
            };
            /** @description Malformed body (problem+json). */
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
            /** @description Not the producer of this product. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such product visible to the caller. */
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
            /** @description Not a calendar date (`LotDateNotReal`, with `field`, `value`), harvested in the future (`HarvestInFuture`, with `harvestedOn`, `today`), expiring before harvest (`ExpiresBeforeHarvest`, with `expiresOn`, `harvestedOn`), or expired (`LotAlreadyExpired`, with `expiresOn`, `today`). */
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
    LotsController_stock: {
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
                    "application/json": components["schemas"]["StockView"];
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
            /** @description No such product visible to the caller. */
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
    EmergencySalesController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description Buyers and platforms see open sales only. */
                status?: "open" | "closed";
                /** @description The product's county. */
                countyCode?: string;
                category?: "frozen" | "chilled_meat" | "dairy" | "leafy_vegetables" | "tropical_fruit" | "temperate_fruit" | "grain_oil" | "tea" | "ambient";
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
                    "application/json": components["schemas"]["EmergencySalePage"];
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
    EmergencySalesController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenEmergencySaleRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencySaleView"];
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
            /** @description Not the product's producer, nor its county's official. */
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
            /** @description The product is not listed (draft, delisted), the price is above its lowest tier, its unexpired stock is short of the quantity (none: expired), or endsAt has passed. */
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
    EmergencySalesController_get: {
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
                    "application/json": components["schemas"]["EmergencySaleView"];
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
            /** @description Unknown, or closed and not the caller’s to see. */
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
    EmergencySalesController_close: {
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
                    "application/json": components["schemas"]["EmergencySaleView"];
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
            /** @description Unknown, or not a sale the caller answers for. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The sale is closed already (`SaleClosed`, with `saleId`). */
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
    ListingsController_list: {
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
            /** @description A page of your listings and the cursor of the next one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingPage"];
                };
            };
            /** @description An invalid limit, or a cursor this API did not give. */
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
            /** @description Only e-commerce platforms have storefront listings. */
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
    ListingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateListingRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListingView"];
                };
            };
            /** @description A product id that is not a UUID, or an SKU outside 1–64 of [A-Za-z0-9._-]. */
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
            /** @description Only e-commerce platforms have storefront listings. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your storefront already has this SKU (`SkuAlreadyUsed`), or already lists this product (`ProductAlreadyOnStorefront`); both with `listingId`. */
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
            /** @description The product does not exist or is not listed (`ProductNotListable`, with `productId`). */
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
    ListingsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The listing id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Only e-commerce platforms have storefront listings. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such listing on your storefront. */
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
    ProducerListingsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The producer id. */
                producerId: string;
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
                    "application/json": components["schemas"]["ProducerListingPage"];
                };
            };
            /** @description An id that is not a UUID, an invalid limit or cursor. */
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
            /** @description Only producers and administrators. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such producer, or another producer than the caller. */
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
    PairingsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                assistedCountyCode?: string;
                /** @description Exactly this assisting region (a city does not list its districts’ pairings). */
                assistingRegionCode?: string;
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
                    "application/json": components["schemas"]["PairingPage"];
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
            /** @description No valid bearer token (problem+json). */
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
    PairingsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPairingRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingView"];
                };
            };
            /** @description A province or malformed code, a date that is not a calendar day. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (problem+json). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller is not an administrator. */
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
            /** @description An unregistered county (`AssistedCountyNotRegistered`, with `assistedCountyCode`), or `to` before `from` (`PairingPeriodReversed`, with `from`, `to`). */
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
    PairingsController_get: {
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
                    "application/json": components["schemas"]["PairingView"];
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
            /** @description No valid bearer token (problem+json). */
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
    PairingsController_change: {
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
                "application/json": components["schemas"]["ChangePairingRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingView"];
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
            /** @description No valid bearer token (problem+json). */
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
            /** @description No such pairing. */
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
            /** @description `to` before the pairing’s `from` (`PairingPeriodReversed`, with `from`, `to`). */
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
    PriceReviewController_review: {
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
                "application/json": components["schemas"]["PriceReviewRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description Malformed body (problem+json). */
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
            /** @description No such product in the caller's county. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The price is not flagged (`PriceNotFlagged`, with `priceReview`). */
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
    LotTraceController_trace: {
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
                    "application/json": components["schemas"]["LotTraceView"];
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
    LotTraceController_recall: {
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
                "application/json": components["schemas"]["RecallLotRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotRecallResult"];
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
            /** @description The lot was already recalled (`recalledAt` says when). */
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
    BrandsController_catalogue: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description The brand's county (6-digit division code). */
                countyCode?: string;
                kind?: "regional_public" | "enterprise" | "product";
            };
            header?: {
                /** @description Entity tags of representations the client holds (or `*`); when one names the current representation the answer is 304 without a body. Weak comparison: `W/"x"` matches `"x"`. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description A strong entity tag of this representation; send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description Who may keep the answer and when it must be revalidated. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandPage"];
                };
            };
            /** @description Not modified: If-None-Match names the current representation. No body; ETag and `Cache-Control: public, max-age=0, must-revalidate` as on 200. */
            304: {
                headers: {
                    /** @description A strong entity tag of this representation; send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description Who may keep the answer and when it must be revalidated. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An unknown or invalid query parameter, or a cursor this API did not give. */
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
    BrandsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitBrandRequest"];
            };
        };
        responses: {
            /** @description The brand, submitted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandView"];
                };
            };
            /** @description A field is missing or invalid (ownerProducerId for an enterprise or product brand). */
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
            /** @description Another producer's brand, a regional public brand from a producer, another county's from a county official, or a role that does not submit brands. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The county has a brand of that name already (`BrandNameTaken`). */
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
            /** @description Unknown county (`UnknownCounty`), an owner that is not a producer of the county (`OwnerNotOfCounty`), or a geographical-indication certificate on a brand that is not regional public (`GeographicalIndicationNotForKind`). */
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
    BrandsController_queue: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description The brand's county (6-digit division code). */
                countyCode?: string;
                kind?: "regional_public" | "enterprise" | "product";
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
                    "application/json": components["schemas"]["BrandPage"];
                };
            };
            /** @description An unknown or invalid query parameter, or a cursor this API did not give. */
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
    BrandsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Entity tags of representations the client holds (or `*`); when one names the current representation the answer is 304 without a body. Weak comparison: `W/"x"` matches `"x"`. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The brand id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description A strong entity tag of this representation; send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description Who may keep the answer and when it must be revalidated. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandDetailView"];
                };
            };
            /** @description Not modified: If-None-Match names the current representation. No body; ETag and `Cache-Control: public, max-age=0, must-revalidate` as on 200. */
            304: {
                headers: {
                    /** @description A strong entity tag of this representation; send it back in If-None-Match to revalidate. */
                    ETag?: string;
                    /** @description Who may keep the answer and when it must be revalidated. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description No such brand, or one not admitted (yet). */
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
    BrandsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The brand id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BrandDecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandView"];
                };
            };
            /** @description The id is not a UUID, or the decision or note is missing or invalid. */
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
            /** @description No such brand. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The brand was decided already (`IllegalTransition`). */
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
    ProducerBrandsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description Only brands in this status. */
                status?: "submitted" | "admitted" | "rejected";
            };
            header?: never;
            path: {
                /** @description The producer id. */
                producerId: string;
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
                    "application/json": components["schemas"]["BrandPage"];
                };
            };
            /** @description An id that is not a UUID, an invalid status, limit or cursor. */
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
            /** @description Only producers and administrators. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such producer, or another producer than the caller. */
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
    PlatformsController_list: {
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
                    "application/json": components["schemas"]["PlatformPage"];
                };
            };
            /** @description A cursor this API did not give out, or a limit out of 1–100. */
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
    PlatformsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterPlatformRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformView"];
                };
            };
            /** @description An id that is not lower-case letters, digits and hyphens; no name. */
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
            /** @description A platform with this id is already registered (`PlatformAlreadyRegistered`, with `platformId`). */
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
