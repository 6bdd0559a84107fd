/**
 * The failure taxonomy, as data. Everything that talks about a category (the classifier, the
 * verdict, the summary, the comment, the README table) reads it from here.
 */
export declare const CATEGORIES: readonly [{
    readonly id: "auth";
    readonly title: "Authentication failed";
    readonly meaning: "The API key is missing, wrong, expired or revoked.";
    readonly advice: "Check the secret behind `api-key`: re-create the key in the AIML dashboard and store it again. Pull requests from forks receive no secrets.";
    readonly failsByDefault: true;
    readonly transient: false;
}, {
    readonly id: "insufficient-credits";
    readonly title: "Out of credits";
    readonly meaning: "This account's own balance or plan is exhausted.";
    readonly advice: "Top up the AIML balance or upgrade the plan. Every model bills the same account, so a fallback would fail too.";
    readonly failsByDefault: true;
    readonly transient: false;
}, {
    readonly id: "provider-access";
    readonly title: "Provider refuses AIML";
    readonly meaning: "The key and the model are valid, but the provider behind the gateway refuses AIML's own account with it (its billing, enablement, tier or region). Nothing in your account fixes it.";
    readonly advice: "Switch to the fallback now, check https://status.aimlapi.com, and send the prefilled message to help@aimlapi.com: only AIML can fix it.";
    readonly failsByDefault: true;
    readonly transient: false;
}, {
    readonly id: "model-not-found";
    readonly title: "Model not found";
    readonly meaning: "No model answers to this ID, or it has been deprecated.";
    readonly advice: "Use the model ID exactly as the AIML catalog lists it (GET /v1/models).";
    readonly failsByDefault: true;
    readonly transient: false;
}, {
    readonly id: "bad-request";
    readonly title: "Request refused";
    readonly meaning: "The probe request itself was refused (a parameter, a role, or the wrong endpoint).";
    readonly advice: "Check `base-url` (it should end in /v1), `prompt` and `max-tokens`; the message below says which part was refused.";
    readonly failsByDefault: true;
    readonly transient: false;
}, {
    readonly id: "rate-limited";
    readonly title: "Rate limited";
    readonly meaning: "Too many requests right now; the model itself works.";
    readonly advice: "Retry later, raise `retries`, or spread the probes of a matrix over time.";
    readonly failsByDefault: false;
    readonly transient: true;
}, {
    readonly id: "server-error";
    readonly title: "Server error";
    readonly meaning: "The gateway or the provider failed or is overloaded.";
    readonly advice: "Usually passes on its own; re-run the job. If it persists, check the AIML status page.";
    readonly failsByDefault: false;
    readonly transient: true;
}, {
    readonly id: "timeout";
    readonly title: "Timed out";
    readonly meaning: "No answer within `timeout-seconds`.";
    readonly advice: "Re-run the job, or raise `timeout-seconds` for slow models.";
    readonly failsByDefault: false;
    readonly transient: true;
}, {
    readonly id: "network";
    readonly title: "Network failure";
    readonly meaning: "The API could not be reached (DNS, refused or reset connection, TLS).";
    readonly advice: "Check `base-url` and the runner's network (proxy, firewall).";
    readonly failsByDefault: false;
    readonly transient: true;
}, {
    readonly id: "content-filter";
    readonly title: "Blocked by moderation";
    readonly meaning: "Moderation refused the probe prompt; the model is reachable.";
    readonly advice: "Use a plain `prompt` such as the default.";
    readonly failsByDefault: false;
    readonly transient: false;
}, {
    readonly id: "invalid-response";
    readonly title: "Unusable response";
    readonly meaning: "The API answered with success, but not with a usable completion.";
    readonly advice: "Check `base-url` points at an OpenAI-compatible API; if it does, report it to AIML support.";
    readonly failsByDefault: true;
    readonly transient: false;
}, {
    readonly id: "missing-capability";
    readonly title: "Missing capability";
    readonly meaning: "The model answers, but not with a capability the workflow requires (`require`): no tool call, no JSON, a stream without content, or an image it cannot read.";
    readonly advice: "Switch to a fallback that passed the same requirements; if AIML declares the capability for this model, tell AIML support.";
    readonly failsByDefault: true;
    readonly transient: false;
}, {
    readonly id: "slow";
    readonly title: "Slow";
    readonly meaning: "The model answers, slower than `max-latency-ms` or `max-ttft-ms` allow; it still works.";
    readonly advice: "Compare with AIML's live metrics below; raise the limit, or move latency-critical calls to a faster model.";
    readonly failsByDefault: false;
    readonly transient: false;
}, {
    readonly id: "unknown";
    readonly title: "Unknown failure";
    readonly meaning: "The failure matches no known pattern; the raw status and text are in the report.";
    readonly advice: "Read the message below; if it is unclear, send it to AIML support.";
    readonly failsByDefault: true;
    readonly transient: false;
}];
export type Category = (typeof CATEGORIES)[number]['id'];
export type CategoryInfo = (typeof CATEGORIES)[number];
export declare const CATEGORY_IDS: readonly Category[];
export declare const DEFAULT_FAIL_ON: readonly Category[];
export declare function isCategory(value: string): value is Category;
export declare function categoryInfo(id: Category): CategoryInfo;
export declare function isTransient(id: Category): boolean;
/**
 * Categories where every model on the account fails alike, so asking fallbacks would only
 * spend requests: say so instead.
 */
export declare const ACCOUNT_WIDE: readonly Category[];
