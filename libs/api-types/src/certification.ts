/* Generated from docs/openapi/certification.json by `npm run openapi`; do not edit by hand. */
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
    "/v1/certification-bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certification bodies an applicant may choose from, by id */
        get: operations["CertificationBodiesController_list"];
        put?: never;
        /**
         * Register a certification body
         * @description Its id is the `org` of its certifiers' tokens: they review only the applications assigned to it and act only on the certificates it issued.
         */
        post: operations["CertificationBodiesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The work queue
         * @description Priority lane (applicants from key or deep poverty counties) first, then the oldest first, with each stage's due date and whether it is overdue. Producers see only their own applications, certifiers only their certification body's, a county official those of its county's producers.
         */
        get: operations["ApplicationsController_list"];
        put?: never;
        /**
         * Apply for a certificate, or for the renewal of one
         * @description For the caller's own products (token org = the producer). The fee, the relief of the producer's poverty county and the priority lane are decided now. Announced as certification.application.submitted.v1.
         */
        post: operations["ApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an application with its history, fee and due date */
        get: operations["ApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an application, any time before approval
         * @description Announced as certification.application.withdrawn.v1.
         */
        post: operations["ApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an application to its next review stage, approve or reject it
         * @description The review: submitted → accepted → inspection → testing → review → approved; rejected (with the reason in note) from any stage before approval. Only certifiers of the application's certification body see and move it; approval needs a second person (not the one who moved it into review). Each step records who, for which organisation, when and the note. Approval issues the certificate (certification.certificate.issued.v1) in the same transaction.
         */
        post: operations["ApplicationsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List certificates, newest first
         * @description A producer sees the certificates it holds; a certifier those its certification body issued; a county official those of its county's producers; administrators all.
         */
        get: operations["CertificatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a certificate (public, no token)
         * @description Whether the certificate is valid today and why (not), its holder, scheme, products and validity, by name: no internal ids.
         */
        get: operations["CertificatesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{number}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A certificate's audit trail: every suspension, reinstatement, revocation and expiry, oldest first
         * @description Who did it (the certifier of the issuing body, or the expiry sweep), when and why.
         */
        get: operations["CertificatesController_actions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{number}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a certificate: its products lose the badge (and relief status) until reinstated.
         * @description Allowed moves: active → suspended. Announced as certification.certificate.suspended.v1; the reason is shown on the public verification.
         */
        post: operations["CertificatesController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{number}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reinstate a suspended certificate within its validity.
         * @description Allowed moves: suspended → active. Announced as certification.certificate.reinstated.v1; the reason is shown on the public verification.
         */
        post: operations["CertificatesController_reinstate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certificates/{number}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a certificate for good.
         * @description Allowed moves: active → revoked, suspended → revoked. Announced as certification.certificate.revoked.v1; the reason is shown on the public verification.
         */
        post: operations["CertificatesController_revoke"];
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
        RegisterCertificationBodyRequest: {
            /**
             * @description The body's id: the `org` claim of its certifiers' tokens. Cannot be changed.
             * @example green-food-center-sichuan
             */
            id: string;
            /** @example China Green Food Development Center, Sichuan office */
            name: string;
        };
        CertificationBodyView: {
            /** @example green-food-center-sichuan */
            id: string;
            /** @example China Green Food Development Center, Sichuan office */
            name: string;
            /** @example 2026-03-01T08:00:00.000Z */
            registeredAt: string;
        };
        CertificationBodyPage: {
            items: components["schemas"]["CertificationBodyView"][];
            nextCursor: string | null;
        };
        DocumentInput: {
            /** @example Zhaojue tartary buckwheat tea — production site environment report.pdf */
            name: string;
            /**
             * @description What the document is, in lower-case words joined by underscores (business_licence, production_plan, environment_report, test_report, origin_proof, …).
             * @example environment_report
             */
            kind: string;
            /**
             * @description SHA-256 of the file, hexadecimal, so the reviewer can tell it is the one submitted.
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256?: string;
        };
        SubmitApplicationRequest: {
            /**
             * @description The certification body that is to review the application (GET /v1/certification-bodies): only its certifiers see and move it. Optional for one release: without it the application goes to the service's default body (CERT_DEFAULT_BODY_ID), and is a 400 where none is set.
             * @example green-food-center-sichuan
             */
            certificationBodyId?: string;
            /**
             * @example green_food
             * @enum {string}
             */
            scheme: "green_food" | "organic" | "geographical_indication" | "poverty_alleviation_product";
            /**
             * @description The products to certify (1 to 100, each once), all the applicant's own.
             * @example [
             *       "3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b"
             *     ]
             */
            productIds: string[];
            /**
             * @description The certificate this application renews (same scheme, yours, active). Renewal opens 3 months before the certificate ends; the renewed certificate carries on from the day after.
             * @example GF-2026-000123-7KQ2M
             */
            renewsCertificate?: string;
            /**
             * @description Metadata of the supporting documents (up to 50).
             * @example [
             *       {
             *         "name": "Business licence.pdf",
             *         "kind": "business_licence"
             *       },
             *       {
             *         "name": "Production site environment report.pdf",
             *         "kind": "environment_report",
             *         "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
             *       }
             *     ]
             */
            documents?: components["schemas"]["DocumentInput"][];
        };
        DocumentView: {
            /** @example Business licence.pdf */
            name: string;
            /** @example business_licence */
            kind: string;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256?: string;
        };
        ApplicationStepView: {
            /**
             * @example accepted
             * @enum {string|null}
             */
            from: "submitted" | "accepted" | "inspection" | "testing" | "review" | "approved" | "rejected" | "withdrawn" | null;
            /**
             * @example inspection
             * @enum {string}
             */
            to: "submitted" | "accepted" | "inspection" | "testing" | "review" | "approved" | "rejected" | "withdrawn";
            /**
             * @description The user who made the step.
             * @example inspector-li-wei
             */
            by: string;
            /**
             * @example certifier
             * @enum {string}
             */
            role: "platform" | "buyer" | "producer" | "operator" | "certifier" | "admin" | "county_official";
            /**
             * @description The organisation the user acted for (a certifier's certification body, the applicant).
             * @example green-food-center-sichuan
             */
            organisation: string;
            /** @example 2026-03-04T02:15:00.000Z */
            at: string;
            /** @example Site visit booked for 12 March. */
            note: string | null;
        };
        ApplicationView: {
            /**
             * Format: uuid
             * @example 0b8f3c52-6a1d-4f2e-9c7b-2d4e6f8a0b1c
             */
            id: string;
            /**
             * Format: uuid
             * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
             */
            producerId: string;
            /**
             * @example green_food
             * @enum {string}
             */
            scheme: "green_food" | "organic" | "geographical_indication" | "poverty_alleviation_product";
            /**
             * @description The certification body reviewing it.
             * @example green-food-center-sichuan
             */
            certificationBodyId: string;
            /**
             * @example [
             *       "3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b"
             *     ]
             */
            productIds: string[];
            documents: components["schemas"]["DocumentView"][];
            /** @example null */
            renewsCertificate: string | null;
            /**
             * @example inspection
             * @enum {string}
             */
            stage: "submitted" | "accepted" | "inspection" | "testing" | "review" | "approved" | "rejected" | "withdrawn";
            /**
             * @description Priority lane: the applicant's county was in key or deep poverty status when it applied.
             * @example true
             */
            priority: boolean;
            /** @example 513431 */
            countyCode: string;
            /**
             * @description When the producer applied.
             * @example deep
             * @enum {string}
             */
            povertyStatus: "key" | "deep" | "lifted";
            /**
             * @description The scheme's fee for these products, in cents.
             * @example 800000
             */
            feeCents: number;
            /**
             * @description Fee relief for applicants from poverty counties (default: key 50%, deep 100%).
             * @example 800000
             */
            feeReliefCents: number;
            /**
             * @description feeCents − feeReliefCents.
             * @example 0
             */
            amountDueCents: number;
            /** @description Every step, oldest first, from the submission. */
            history: components["schemas"]["ApplicationStepView"][];
            /** @example 2026-03-02T01:00:00.000Z */
            submittedAt: string;
            /**
             * @description When the current stage is due (its time limit in the application's lane); null once decided.
             * @example 2026-03-14T02:15:00.000Z
             */
            stageDueAt: string | null;
            /**
             * @description The current stage is past its due date.
             * @example false
             */
            overdue: boolean;
            /**
             * @description Set on approval.
             * @example null
             */
            certificateNumber: string | null;
            /** @example null */
            rejectionReason: string | null;
            /**
             * @description The user who last moved the application into review (null before then): that person may not also approve it, another certifier of the body must (four eyes, /problems/four-eyes).
             * @example inspector-li-wei
             */
            movedIntoReviewBy: string | null;
        };
        ApplicationPage: {
            items: components["schemas"]["ApplicationView"][];
            nextCursor: string | null;
        };
        WithdrawRequest: {
            /** @example The 2026 harvest was lost to hail; we will apply again next year. */
            note?: string;
        };
        TransitionRequest: {
            /**
             * @description The stage to move to: the next review stage, approved (from review) or rejected.
             * @example inspection
             * @enum {string}
             */
            to: "submitted" | "accepted" | "inspection" | "testing" | "review" | "approved" | "rejected" | "withdrawn";
            /**
             * @description What the certifier notes about the step; required (the reason) for a rejection.
             * @example On-site inspection of the Sikai township tea gardens booked for 12 March; soil samples to be taken.
             */
            note?: string;
        };
        CertificateView: {
            /** @example GF-2026-000123-7KQ2M */
            number: string;
            /**
             * @example green_food
             * @enum {string}
             */
            scheme: "green_food" | "organic" | "geographical_indication" | "poverty_alleviation_product";
            /**
             * @description The certification body that issued it.
             * @example green-food-center-sichuan
             */
            certificationBodyId: string;
            /**
             * Format: uuid
             * @example 6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b
             */
            holderId: string;
            /**
             * @example [
             *       "3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b"
             *     ]
             */
            productIds: string[];
            /** @example 2026-03-10 */
            issuedOn: string;
            /**
             * @description The issue date, or for a renewal the day after the renewed certificate ends.
             * @example 2026-03-10
             */
            validFrom: string;
            /**
             * @description Last valid day (UTC); null: without end (geographical indication).
             * @example 2029-03-09
             */
            validUntil: string | null;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "suspended" | "revoked" | "expired";
            /**
             * @description Why the status last changed.
             * @example null
             */
            statusReason: string | null;
            /** @example null */
            statusChangedAt: string | null;
            /** @example null */
            renewsCertificate: string | null;
            /** @example null */
            renewedBy: string | null;
            /** Format: uuid */
            applicationId: string;
        };
        CertificatePage: {
            items: components["schemas"]["CertificateView"][];
            nextCursor: string | null;
        };
        CertifiedProduct: {
            /**
             * @description Null while certification has not heard the product announced.
             * @example Zhaojue tartary buckwheat tea
             */
            name: string | null;
        };
        CertificateVerification: {
            /** @example GF-2026-000123-7KQ2M */
            number: string;
            /**
             * @description Valid today.
             * @example true
             */
            valid: boolean;
            /**
             * @description Why it is valid or not.
             * @example active, valid until 2029-03-09
             */
            reason: string;
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "suspended" | "revoked" | "expired";
            /**
             * @example green_food
             * @enum {string}
             */
            scheme: "green_food" | "organic" | "geographical_indication" | "poverty_alleviation_product";
            /** @example Zhaojue Tartary Buckwheat Cooperative */
            holderName: string | null;
            products: components["schemas"]["CertifiedProduct"][];
            /** @example 2026-03-10 */
            issuedOn: string;
            /** @example 2026-03-10 */
            validFrom: string;
            /** @example 2029-03-09 */
            validUntil: string | null;
            /** @example null */
            renewsCertificate: string | null;
            /** @example null */
            renewedBy: string | null;
        };
        CertificateActionView: {
            /**
             * @description Order of the step on this certificate, from 1.
             * @example 1
             */
            seq: number;
            /**
             * @example suspend
             * @enum {string}
             */
            action: "suspend" | "reinstate" | "revoke" | "expire";
            /**
             * @example active
             * @enum {string}
             */
            from: "active" | "suspended" | "revoked" | "expired";
            /**
             * @example suspended
             * @enum {string}
             */
            to: "active" | "suspended" | "revoked" | "expired";
            /** @example Sulfur dioxide residue above the green food limit in the March 2026 market sample */
            reason: string;
            /**
             * @description The certifier of the issuing body (token `sub`), or `expiry-sweep`.
             * @example auditor-wang-fang
             */
            by: string;
            /** @example 2026-04-02T03:00:00.000Z */
            at: string;
        };
        CertificateActionPage: {
            items: components["schemas"]["CertificateActionView"][];
            nextCursor: string | null;
        };
        CertificateActionRequest: {
            /**
             * @description Why; shown on the public verification and carried by the event.
             * @example Sulfur dioxide residue above the green food limit in the March 2026 market sample
             */
            reason: string;
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
    CertificationBodiesController_list: {
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
                    "application/json": components["schemas"]["CertificationBodyPage"];
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
            /** @description Not a producer, certifier or administrator. */
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
    CertificationBodiesController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterCertificationBodyRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificationBodyView"];
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
            /** @description A body with this id is already registered (`CertificationBodyAlreadyRegistered`, with `certificationBodyId`). */
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
    ApplicationsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                stage?: "submitted" | "accepted" | "inspection" | "testing" | "review" | "approved" | "rejected" | "withdrawn";
                scheme?: "green_food" | "organic" | "geographical_indication" | "poverty_alleviation_product";
                /** @description Only applications whose current stage is past its due date (true) or not (false). */
                overdue?: "true" | "false";
                /** @description Only the applications still under review, from submitted to review (true), or only the approved, rejected or withdrawn ones (false). */
                open?: "true" | "false";
                /** @description Applications of one producer (producers always see only their own). */
                producerId?: string;
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
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            /** @description An invalid filter, or a cursor this API did not give out. */
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
            /** @description Not a producer, certifier or administrator. */
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
    ApplicationsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description An unknown scheme, a malformed product id, a product named twice… */
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
            /** @description Not a producer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The certificate is already being renewed by another application (`RenewalAlreadyOpen`, with `applicationId`, `certificateNumber`). */
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
            /** @description Products that are unknown or of another producer (`ProductsNotYours`, with `products`), an unknown producer (`ProducerNotKnown`, with `producerId`), an unregistered body (`CertificationBodyNotRegistered`, with `certificationBodyId`), or a renewal that is not possible: not yours (`CertificateNotYours`), or `CertificateNotRenewable` with `certificateNumber` and `reason` (held-by-another, other-scheme, no-end-date, already-renewed, not-active, window-not-open: it opens 3 months ahead of the end, `opensOn`). */
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
    ApplicationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application id. */
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
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description Not a producer, certifier or administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application, or not yours. */
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
    ApplicationsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description The id is not a UUID, or the note is not text. */
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
            /** @description Not a producer. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already approved, rejected or withdrawn. */
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
    ApplicationsController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description An unknown stage, or a rejection without its reason. */
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
            /** @description Not a certifier, or a withdrawal (only the applicant withdraws). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A move the review does not allow (skipping a stage, moving a decided application…), or approval by the person who moved the application into review (/problems/four-eyes). */
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
    CertificatesController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                scheme?: "green_food" | "organic" | "geographical_indication" | "poverty_alleviation_product";
                status?: "active" | "suspended" | "revoked" | "expired";
                /** @description The holding producer (producers always see only their own certificates). */
                holderId?: string;
                /** @description Certificates covering this product. */
                productId?: string;
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
                    "application/json": components["schemas"]["CertificatePage"];
                };
            };
            /** @description An invalid filter, or a cursor this API did not give out. */
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
            /** @description Not a producer, certifier or administrator. */
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
    CertificatesController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The certificate number. */
                number: string;
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
                    "application/json": components["schemas"]["CertificateVerification"];
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
            /** @description No certificate has this number. */
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
    CertificatesController_actions: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The certificate number. */
                number: string;
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
                    "application/json": components["schemas"]["CertificateActionPage"];
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
            /** @description Not a producer, certifier or administrator. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No certificate has this number that you hold, that your body issued (or, for administrators, at all). */
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
    CertificatesController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The certificate number. */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
                };
            };
            /** @description No reason given. */
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
            /** @description Not a certifier. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No certificate of your certification body has this number. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The certificate is not active. */
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
    CertificatesController_reinstate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The certificate number. */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
                };
            };
            /** @description No reason given. */
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
            /** @description Not a certifier. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No certificate of your certification body has this number. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The certificate is not suspended, or its validity has ended (`CertificateEnded`, with `validUntil`). */
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
    CertificatesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The certificate number. */
                number: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
                };
            };
            /** @description No reason given. */
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
            /** @description Not a certifier. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No certificate of your certification body has this number. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The certificate is already revoked or expired. */
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
