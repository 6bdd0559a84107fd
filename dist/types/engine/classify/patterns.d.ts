/**
 * The words and codes providers use, by what they mean. Each pattern is tested against one
 * message or code at a time (URLs removed), so a wrapper's words never join a quoted body's.
 * The rules in rules.ts say what each one decides; the corpus in __fixtures__/error-bodies.json
 * says where each was seen.
 */
export declare const WORDS: {
    readonly maxTokensRefused: RegExp;
    readonly contentFilter: RegExp;
    /** A quota whose window is a day or longer, or a free tier: retrying within the step cannot help. */
    readonly longQuota: RegExp;
    /** Billing text that names whose account is short when it is not the gateway's own. */
    readonly upstreamBilling: RegExp;
    readonly billing: RegExp;
    readonly auth: RegExp;
    /** Bedrock words Anthropic's list in the plural: "from unsupported countries, regions, or territories". */
    readonly region: RegExp;
    readonly permission: RegExp;
    /** A feature or parameter of the request, not the model, is what is missing. */
    readonly feature: RegExp;
    readonly modelMissing: RegExp;
    readonly modelWord: RegExp;
    readonly rateLimit: RegExp;
    readonly server: RegExp;
    readonly badRequest: RegExp;
    /** The gateway says the failure is its provider's, around a quoted body. */
    readonly providerSpeaks: RegExp;
    /** A quota or limit over seconds or minutes: waiting helps. */
    readonly shortQuota: RegExp;
    /**
     * A cloud quota named by its metric (`Quota exceeded for aiplatform.googleapis.com/…`): the words
     * leave the window out, and most request quotas are per minute.
     */
    readonly metricQuota: RegExp;
    /** A quota that says when it comes back (`Quota will be replenished in 03:30:56`). */
    readonly quotaWindow: RegExp;
    /**
     * A credential refused in words that never say "key": AWS's security and bearer tokens and
     * signatures, an OAuth token revoked (Anthropic says so as a 403 `permission_error`).
     */
    readonly credentialRefused: RegExp;
    /**
     * The provider's own account, suspended, disabled or banned: said by the provider, relayed by a
     * gateway (OpenAI's `account_deactivated`, "access was terminated"; one-api's 用户已被封禁).
     */
    readonly accountState: RegExp;
    /** A model the gateway cannot serve on shared capacity. */
    readonly dedicatedDeployment: RegExp;
    /** A quota or limit of zero: this account or tier has no allowance at all, waiting cannot help. */
    readonly zeroLimit: RegExp;
    /** A relay with no route to the model at all (one-api, new-api). */
    readonly noChannel: RegExp;
    /** Access to an existing model, refused (OpenAI sends it as 403 `model_not_found`). */
    readonly noModelAccess: RegExp;
    /**
     * A gated model this account may not call, whatever the status: Hugging Face's "Access to model
     * X is restricted", DashScope's and Yandex's "Access to model X denied".
     */
    readonly modelRestricted: RegExp;
    /** Azure's role-based access: the token is good, the identity lacks a role on the resource. */
    readonly roleMissing: RegExp;
};
/** Codes and types that decide a category by themselves, case-insensitive. */
export declare const CODES: {
    readonly contentFilter: readonly ["moderation_blocked", "content_policy_violation", "content_filter", "responsibleaipolicyviolation", "data_inspection_failed", "datainspectionfailed", "sensitive_words_detected"];
    readonly billing: readonly ["insufficient_quota", "insufficient_credits", "insufficient_balance", "billing_hard_limit_reached", "exceeded_current_quota_error", "budget_exceeded", "arrearage", "pre_consume_token_quota_failed", "insufficient_user_quota", "usage_limit_reached"];
    /** Names for a refused credential: AWS's (Bedrock sends them in `__type` or x-amzn-ErrorType), OAuth's. */
    readonly credential: readonly ["unrecognizedclientexception", "invalidsignatureexception", "signaturedoesnotmatch", "expiredtokenexception", "incompletesignatureexception", "invalid_grant", "invalid_client", "unauthorized_client", "invalid_token"];
    readonly auth: readonly ["invalid_api_key", "authentication_error", "invalid_authentication_error", "invalid_authentication", "invalidapikey", "api_key_invalid", "unauthorized", "unauthenticated"];
    readonly region: readonly ["unsupported_country_region_territory"];
    readonly modelMissing: readonly ["model_not_found", "model_decommissioned", "deploymentnotfound", "modelnotfound", "invalid_model"];
    readonly rateLimit: readonly ["rate_limit_error", "rate_limit_exceeded", "rate_limit_reached_error", "throttlingexception", "resource_exhausted"];
    readonly permission: readonly ["permission_error", "permission_denied", "accessdeniedexception"];
    /** Azure's `PermissionDenied`, sent as a 401 although the token was accepted. */
    readonly roleMissing: readonly ["permissiondenied"];
    readonly server: readonly ["overloaded_error", "api_error", "server_error", "service_unavailable", "engine_overloaded_error", "internal_error", "serviceunavailableexception", "internalserverexception"];
};
