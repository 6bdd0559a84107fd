/**
 * The words and codes providers use, by what they mean. Each pattern is tested against one
 * message or code at a time (URLs removed), so a wrapper's words never join a quoted body's.
 * The rules in rules.ts say what each one decides; the corpus in __fixtures__/error-bodies.json
 * says where each was seen.
 */
export const WORDS = {
  maxTokensRefused:
    /max_tokens.{0,160}(not supported|unsupported|max_completion_tokens)|max_completion_tokens.{0,80}instead|unsupported parameter.{0,20}max_tokens/i,
  contentFilter:
    /moderation|content[_ ]?(policy|filter|management)|flagged|safety[_ ]?(system|polic(y|ies)|filters?|violations?)|responsible ?ai|harmful content|requires moderation|data[_ ]?inspection|inappropriate content|(?<![a-z])unsafe(?![a-z])|sensitive content|sensitive[_ ]words?|high risk|content exists risk|risk control|不安全|敏感/i,
  /** A quota whose window is a day or longer, or a free tier: retrying within the step cannot help. */
  longQuota:
    /per[ _-]?day|daily|\b(rpd|tpd)\b|per[ _-]?month|monthly (limit|quota)|free[ _-]?(tier|models?|quota|limit|trial|allocated|plan)|free allocated quota|your free limit|free_tier/i,
  /** Billing text that names whose account is short when it is not the gateway's own. */
  upstreamBilling:
    /to access the [\w .-]{2,40} API|upstream (provider|account)('s)? (billing|credits?|balance|quota)|provider('s)? (account|billing|credits?|balance|quota)/i,
  billing:
    /credit balance|insufficient[_ ]?(credits?|balance|funds|quota|account balance)|run out of (credits|funds)|out of (credits|funds)|not enough (credits|balance|funds)|(doesn't|does not|don't|do not) have (any|enough) credits|exceeded your current quota|exceeded .{0,30}(spending|budget|credit) limit|quota exceeded|exceeded_current_quota|billing (hard )?limit|payment required|plan and billing details|reached (your|its|the) .{0,30}(usage|spend(ing)?|credit|budget) limits?|(used|spent|exhausted) (up )?(all )?(of )?(your |its |the )?(available )?credits|extra usage is required|quota (is )?not enough|remain(ing)? quota|purchase credits|top[ _-]?up|billed (users|accounts?)|billing (is )?(required|not (enabled|active))|(enable|requires?) billing|plan limit|exhausted .{0,60}(resource|credit|quota) limit|(usage|spend(ing)?|credit|key) limit (has been |was )?(reached|exceeded)|budget (has been )?exceeded|exceeded .{0,20}budget|over budget|max budget|requires more credits|arrear|past invoices|overdue|account is (suspended|in arrears)|good standing|欠费|余额不足|额度不足|额度已?(用尽|耗尽)|预扣费|订阅额度/i,
  auth: /invalid[_ ]?api[_ -]?key|incorrect api key|api[_ -]?key (is )?(invalid|not valid|expired|revoked|missing|not found)|no api key|missing (api key|authentication|bearer)|authentication[_ ]?(error|failed|required|fails)|invalid[_ ]authentication|unauthori[sz]ed|invalid (bearer )?token|token (is )?(invalid|expired)|invalid x-api-key|key (has been )?(revoked|disabled|expired)|subscription key|身份验证|鉴权失败|token.{0,6}(非法|过期)|user not found/i,
  /** Bedrock words Anthropic's list in the plural: "from unsupported countries, regions, or territories". */
  region:
    /unsupported[_ ]countr(y|ies)|countr(y|ies), regions?,? or territor(y|ies)|not available in your (country|region)|region (is )?not supported|location is not supported|geo(graphic)?[- ]?restrict/i,
  permission:
    /permission[_ ]?(error|denied)|not (allowed|permitted|authorized) to (use|access)|(do|does) not have access|don't have access|no access to|unable to access|not enabled for|access (to this model )?(is )?denied|\bforbidden\b|organization has been disabled|(account|organization) (has been |is )?(disabled|deactivated)|(usage|access) tier|tier (is )?(required|not)|organization (must be|is not) verified|use case details|data policy/i,
  /** A feature or parameter of the request, not the model, is what is missing. */
  feature:
    /no endpoints found (that|which) support|\b(tool_choice|tool use|tools|function calling|response_format|json mode|json_schema|logprobs|stream_options|parallel_tool_calls|structured output)\b/i,
  modelMissing:
    /model[_ ]?(not[_ ]?(found|exists?)|does not exist)|not a valid model|no such model|unknown model|invalid model|model .{0,120}(does not exist|not found|is not supported|not available|has been deprecated|was deprecated|is deprecated|decommissioned|not a valid|no longer (supported|available)|has been (removed|retired|withdrawn))|(does not exist|not found|not a valid model)[^.]{0,40}model|decommissioned|no endpoints found for|deployment (for this resource )?(does not exist|not found)|deploymentnotfound|model identifier is invalid|on-demand throughput isn.t supported|non-serverless model|dedicated endpoint .{0,80}not running|only \S+ allowed now, your model|is not available\. please use|模型不存在|^model: /i,
  modelWord: /\bmodels?\b|deployment/i,
  rateLimit:
    /rate[_ ]?limit|too many requests|requests per (minute|min|second)|tokens per min|per minute|\b(rpm|tpm)\b|concurrency|slow down|try again in \d|resource[_ ]exhausted|throttl|\bqps\b|并发|请求过多/i,
  server:
    /overloaded|internal (server )?error|server[_ ]error|service unavailable|bad gateway|gateway time-?out|generation timeout|upstream (error|connect|request timeout)|downstream[_ ](service[_ ])?(error|unavailable)|maintenance|temporarily unavailable|try again later|cloudflare|capacity/i,
  badRequest:
    /invalid[_ ]request|unsupported (parameter|value|role)|validation|is required|field required|must be|invalid (value|type|parameter|argument)|extra inputs|unrecognized|malformed|cannot (post|get)|too large|too long|value_error|missing/i,
  /** The gateway says the failure is its provider's, around a quoted body. */
  providerSpeaks: /provider returned error|provider error|upstream|provider_name/i,
  /** A quota or limit over seconds or minutes: waiting helps. */
  shortQuota: /per[ _]?(minute|second)|per[ _]min\b|\b(rpm|tpm|rps|qps)\b|requests per min/i,
  /**
   * A cloud quota named by its metric (`Quota exceeded for aiplatform.googleapis.com/…`): the words
   * leave the window out, and most request quotas are per minute.
   */
  metricQuota: /quota exceeded for (quota metric )?['"]?[\w.-]+\/\w+|quota metric ['"]/i,
  /** A quota that says when it comes back (`Quota will be replenished in 03:30:56`). */
  quotaWindow: /out of [\w ]{0,30}quota|quota will be (replenished|reset)/i,
  /**
   * A credential refused in words that never say "key": AWS's security and bearer tokens and
   * signatures, an OAuth token revoked (Anthropic says so as a 403 `permission_error`).
   */
  credentialRefused:
    /\b(security|bearer|session|access) token .{0,60}(invalid|expired)|\btoken (has been |was )?(revoked|invalidated)|signature .{0,80}(does not match|mismatch|has expired)|invalid (authentication )?credentials|credentials? (are |is )?(invalid|missing|expired|not valid)/i,
  /**
   * The provider's own account, suspended, disabled or banned: said by the provider, relayed by a
   * gateway (OpenAI's `account_deactivated`, "access was terminated"; one-api's 用户已被封禁).
   */
  accountState:
    /\b(account|organization|org|subscription|tenant)\b.{0,80}\b(suspended|disabled|deactivated|banned|terminated)\b|\b(deactivated|suspended|disabled) account\b|\baccount_deactivated\b|\baccess (was|has been) (terminated|suspended)\b|(用户|账户|账号|帐号)(已被|已)?(封禁|停用|禁用|冻结)/i,
  /** A model the gateway cannot serve on shared capacity. */
  dedicatedDeployment:
    /requires? (a )?dedicated (deployment|endpoint|instance)|only (available|served) (on|through|via|with) (a )?dedicated/i,
  /** A quota or limit of zero: this account or tier has no allowance at all, waiting cannot help. */
  zeroLimit: /\blimit:? 0(?![.\d])/i,
  /** A relay with no route to the model at all (one-api, new-api). */
  noChannel: /无可用渠道|no available channel/i,
  /** Access to an existing model, refused (OpenAI sends it as 403 `model_not_found`). */
  noModelAccess: /(does not|doesn't) have access to (the )?model/i,
  /**
   * A gated model this account may not call, whatever the status: Hugging Face's "Access to model
   * X is restricted", DashScope's and Yandex's "Access to model X denied".
   */
  modelRestricted: /\baccess to (the |this )?model\b.{0,100}\b(is )?(restricted|denied)\b/i,
  /** Azure's role-based access: the token is good, the identity lacks a role on the resource. */
  roleMissing: /\bprincipal\b.{0,80}\b(does not have access|lacks the required)\b/i
} as const

/** Codes and types that decide a category by themselves, case-insensitive. */
export const CODES = {
  contentFilter: [
    'moderation_blocked',
    'content_policy_violation',
    'content_filter',
    'responsibleaipolicyviolation',
    'data_inspection_failed',
    'datainspectionfailed',
    'sensitive_words_detected'
  ],
  billing: [
    'insufficient_quota',
    'insufficient_credits',
    'insufficient_balance',
    'billing_hard_limit_reached',
    'exceeded_current_quota_error',
    'budget_exceeded',
    'arrearage',
    'pre_consume_token_quota_failed',
    'insufficient_user_quota',
    'usage_limit_reached'
  ],
  /** Names for a refused credential: AWS's (Bedrock sends them in `__type` or x-amzn-ErrorType), OAuth's. */
  credential: [
    'unrecognizedclientexception',
    'invalidsignatureexception',
    'signaturedoesnotmatch',
    'expiredtokenexception',
    'incompletesignatureexception',
    // OAuth 2.0's token errors (RFC 6749 section 5.2, RFC 6750 section 3.1): Google, Azure AD.
    'invalid_grant',
    'invalid_client',
    'unauthorized_client',
    'invalid_token'
  ],
  auth: [
    'invalid_api_key',
    'authentication_error',
    'invalid_authentication_error',
    'invalid_authentication',
    'invalidapikey',
    'api_key_invalid',
    'unauthorized',
    'unauthenticated'
  ],
  region: ['unsupported_country_region_territory'],
  modelMissing: [
    'model_not_found',
    'model_decommissioned',
    'deploymentnotfound',
    'modelnotfound',
    'invalid_model'
  ],
  rateLimit: [
    'rate_limit_error',
    'rate_limit_exceeded',
    'rate_limit_reached_error',
    'throttlingexception',
    'resource_exhausted'
  ],
  permission: ['permission_error', 'permission_denied', 'accessdeniedexception'],
  /** Azure's `PermissionDenied`, sent as a 401 although the token was accepted. */
  roleMissing: ['permissiondenied'],
  server: [
    'overloaded_error',
    'api_error',
    'server_error',
    'service_unavailable',
    'engine_overloaded_error',
    'internal_error',
    'serviceunavailableexception',
    'internalserverexception'
  ]
} as const
