export const id = 965;
export const ids = [965];
export const modules = {

/***/ 1965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probeCapability: () => (/* binding */ probeCapability)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/engine/read/json.ts
var json = __webpack_require__(9945);
;// CONCATENATED MODULE: ./src/engine/probe/capability-requests.ts
/** The function a `tools` probe forces, and the object a `json` probe asks for: `{ok: true}`. */
const PROBE_FUNCTION = 'report_status';
const PROBE_SCHEMA = {
    type: 'object',
    properties: { ok: { type: 'boolean' } },
    required: ['ok'],
    additionalProperties: false
};
/** A red 2×2 PNG (75 bytes): the least an image-reading route must decode. */
const PROBE_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mP4z8AARAwQCgAf7gP9Y167WwAAAABJRU5ErkJggg==';
/**
 * A tool call or a JSON object needs a few more tokens than "ok": at least this many, whatever
 * `max-tokens` says, so a short budget does not fail a capability that works.
 */
const STRUCTURED_MIN_TOKENS = 32;
/** The request, with its token bound under `parameter` (reasoning models want the newer name). */
function capabilityRequest(capability, model, maxTokens, parameter = 'max_tokens') {
    const { max_tokens: bound, ...rest } = requestFor(capability, model, maxTokens);
    return { ...rest, [parameter]: bound };
}
function requestFor(capability, model, maxTokens) {
    const structured = Math.max(maxTokens, STRUCTURED_MIN_TOKENS);
    switch (capability) {
        case 'tools':
            return {
                model,
                messages: [{ role: 'user', content: `Call ${PROBE_FUNCTION} with ok set to true.` }],
                tools: [
                    {
                        type: 'function',
                        function: {
                            name: PROBE_FUNCTION,
                            description: 'Reports whether the probe worked.',
                            parameters: PROBE_SCHEMA
                        }
                    }
                ],
                // Forced: with `auto` a model may answer in prose and the probe would pass falsely.
                tool_choice: { type: 'function', function: { name: PROBE_FUNCTION } },
                max_tokens: structured
            };
        case 'json':
            return {
                model,
                messages: [{ role: 'user', content: 'Answer with a JSON object whose "ok" is true.' }],
                response_format: {
                    type: 'json_schema',
                    json_schema: { name: 'probe_status', strict: true, schema: PROBE_SCHEMA }
                },
                max_tokens: structured
            };
        case 'stream':
            return {
                model,
                messages: [{ role: 'user', content: 'Reply with the single word: ok' }],
                stream: true,
                stream_options: { include_usage: true },
                max_tokens: maxTokens
            };
        case 'vision':
            return {
                model,
                messages: [
                    {
                        role: 'user',
                        content: [
                            { type: 'text', text: 'What colour is this image? One word.' },
                            { type: 'image_url', image_url: { url: PROBE_PNG } }
                        ]
                    }
                ],
                max_tokens: maxTokens
            };
    }
}

;// CONCATENATED MODULE: ./src/engine/probe/capability-checks.ts
/**
 * What a 2xx must carry for a capability to count as shown, checked with zod against the tiny
 * schema the request asked for, and which refusals name the feature itself. Pure.
 */



/** What the tools and json probes ask for: `{ok: boolean}` and nothing else. */
const ProbeObject = schemas/* object */.Ikc({ ok: schemas/* boolean */.zMY() }).strict();
const UsageShape = schemas/* object */.Ikc({
    prompt_tokens: schemas/* number */.aig().nonnegative().optional(),
    completion_tokens: schemas/* number */.aig().nonnegative().optional(),
    total_tokens: schemas/* number */.aig().nonnegative().optional()
});
const Message = schemas/* object */.Ikc({
    content: schemas/* string */.YjP().nullish(),
    tool_calls: schemas/* array */.YOg(schemas/* object */.Ikc({
        type: schemas/* string */.YjP().optional(),
        function: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), arguments: schemas/* string */.YjP() })
    }))
        .nullish()
});
const Completion = schemas/* object */.Ikc({
    choices: schemas/* array */.YOg(schemas/* object */.Ikc({ message: Message })).min(1),
    usage: UsageShape.nullish()
});
function checkCapabilityAnswer(capability, body) {
    if (capability === 'stream')
        return checkStream(body);
    const parsed = Completion.safeParse((0,json/* parseJson */.qF)(body));
    if (!parsed.success)
        return { ok: false, message: 'The answer is not a chat completion.' };
    const message = parsed.data.choices[0].message;
    const usage = readUsage(parsed.data.usage);
    const ok = { ok: true, usage, usd: null, credits: null };
    const text = (message.content ?? '').trim();
    switch (capability) {
        case 'tools': {
            const call = (message.tool_calls ?? []).find(c => c.function.name === PROBE_FUNCTION);
            if (!call) {
                return {
                    ok: false,
                    message: text
                        ? `Answered in prose instead of calling ${PROBE_FUNCTION}: ${cut(text)}`
                        : `No call of ${PROBE_FUNCTION} in the answer.`
                };
            }
            return fits(call.function.arguments)
                ? ok
                : {
                    ok: false,
                    message: `The call’s arguments do not fit the schema: ${cut(call.function.arguments)}`
                };
        }
        case 'json':
            if (text === '')
                return { ok: false, message: 'The JSON answer is empty.' };
            return fits(text)
                ? ok
                : { ok: false, message: `The content is not JSON that fits the schema: ${cut(text)}` };
        case 'vision':
            return text ? ok : { ok: false, message: 'The answer to the image is empty.' };
    }
}
function fits(text) {
    return ProbeObject.safeParse((0,json/* parseJson */.qF)(text)).success;
}
const StreamChunk = schemas/* object */.Ikc({
    choices: schemas/* array */.YOg(schemas/* object */.Ikc({ delta: schemas/* object */.Ikc({ content: schemas/* string */.YjP().nullish() }).nullish() }))
        .nullish(),
    usage: UsageShape.nullish(),
    // AIML puts its own accounting beside OpenAI's `usage` on the last chunk.
    meta: schemas/* object */.Ikc({
        usage: schemas/* object */.Ikc({ credits_used: schemas/* number */.aig().nullish(), usd_spent: schemas/* number */.aig().nullish() })
            .passthrough()
            .nullish()
    })
        .nullish(),
    error: schemas/* unknown */.L5J().optional()
});
/** The `data:` payloads of an event stream, in order. */
function streamEvents(body) {
    return body
        .split(/\r?\n/)
        .filter(line => line.startsWith('data:'))
        .map(line => line.slice(5).trim());
}
/** Whether the stream so far holds a non-empty content delta: the first token has come. */
function hasContentDelta(body) {
    return streamEvents(body).some(event => {
        const chunk = StreamChunk.safeParse((0,json/* parseJson */.qF)(event));
        return chunk.success && (chunk.data.choices ?? []).some(c => (c.delta?.content ?? '') !== '');
    });
}
function checkStream(body) {
    const events = streamEvents(body);
    if (events.length === 0)
        return { ok: false, message: 'The answer is not an event stream.' };
    let usage = null;
    let usd = null;
    let credits = null;
    let content = false;
    for (const event of events) {
        if (event === '[DONE]')
            break;
        const chunk = StreamChunk.safeParse((0,json/* parseJson */.qF)(event));
        if (!chunk.success)
            continue;
        // `error: null` is no error (some servers send the field on every chunk), as carried-error.ts reads it.
        if (chunk.data.error !== undefined && chunk.data.error !== null) {
            return {
                ok: false,
                message: `The stream carried an error: ${cut(JSON.stringify(chunk.data.error))}`
            };
        }
        content ||= (chunk.data.choices ?? []).some(c => (c.delta?.content ?? '') !== '');
        usage = readUsage(chunk.data.usage) ?? usage;
        usd = chunk.data.meta?.usage?.usd_spent ?? usd;
        credits = chunk.data.meta?.usage?.credits_used ?? credits;
    }
    if (!content) {
        return {
            ok: false,
            message: events.every(e => e === '[DONE]')
                ? 'The stream held only [DONE], no content.'
                : 'The stream ended without a content delta.'
        };
    }
    return { ok: true, usage, usd, credits };
}
function readUsage(usage) {
    if (!usage)
        return null;
    const promptTokens = usage.prompt_tokens ?? 0;
    const completionTokens = usage.completion_tokens ?? 0;
    const totalTokens = usage.total_tokens || promptTokens + completionTokens;
    return { promptTokens, completionTokens, totalTokens };
}
function cut(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
/**
 * A refusal that names the feature: the route does not offer it (`tools`, `tool_choice`,
 * `response_format`, `json_schema`, `stream`, image input), rather than the probe being wrong.
 */
const FEATURE_WORDS = {
    tools: /\b(tools?|tool_choice|function[ _]?call(ing)?)\b/i,
    json: /\b(response_format|json_schema|structured[ _]outputs?|json mode)\b/i,
    stream: /\b(stream(ing)?|stream_options)\b/i,
    vision: /\b(image(_url)?s?|vision|multimodal|image input)\b/i
};
function namesFeature(capability, status, message) {
    return (status >= 400 &&
        status < 500 &&
        ![401, 402, 403, 429].includes(status) &&
        FEATURE_WORDS[capability].test(message));
}

// EXTERNAL MODULE: ./src/engine/classify/classify.ts + 3 modules
var classify = __webpack_require__(7566);
// EXTERNAL MODULE: ./src/engine/probe/probe.ts + 233 modules
var probe = __webpack_require__(7168);
// EXTERNAL MODULE: ./src/engine/send/transport.ts
var send_transport = __webpack_require__(9820);
;// CONCATENATED MODULE: ./src/engine/probe/capability-probes.ts





/**
 * The capability's request, asked again once with `max_completion_tokens` when the model refuses
 * `max_tokens` (reasoning models do), as the plain probe asks: every request is an attempt.
 */
async function probeCapability(model, role, capability, request, io) {
    const first = await askCapability(model, role, capability, request, io, 'max_tokens', 1);
    if (first.ok || first.hint !== 'max-completion-tokens')
        return [first.attempt];
    const second = await askCapability(model, role, capability, request, io, 'max_completion_tokens', 2);
    return [first.attempt, second.attempt];
}
async function askCapability(model, role, capability, request, io, parameter, tryNumber) {
    const started = io.now();
    let streamed = '';
    let ttftMs = null;
    const decoder = new TextDecoder();
    const transport = (0,send_transport/* recordingFetch */.U)({
        timeoutMs: request.timeoutMs,
        fetch: io.fetch,
        now: io.now,
        onChunk: capability === 'stream'
            ? bytes => {
                if (ttftMs !== null)
                    return;
                streamed += decoder.decode(bytes, { stream: true });
                if (hasContentDelta(streamed))
                    ttftMs = Math.round(io.now() - started);
            }
            : undefined
    });
    const body = capabilityRequest(capability, model, request.maxTokens, parameter);
    try {
        await transport.fetch(`${request.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
            method: 'POST',
            headers: (0,probe/* probeHeaders */.pG)({ 'content-type': 'application/json' }, request.apiKey),
            body: JSON.stringify(body)
        });
    }
    catch {
        // The record says what happened.
    }
    const recorded = transport.record() ?? {
        kind: 'failure',
        failure: { kind: 'network', code: 'ERR_REQUEST', message: 'The request could not be sent.' },
        latencyMs: io.now() - started
    };
    const headers = recorded.kind === 'response' ? recorded.exchange.headers : {};
    const judged = judgeRecord(capability, recorded, request.redact);
    const ok = judged.ok;
    const attempt = {
        model,
        kind: 'chat',
        role,
        try: tryNumber,
        parameter,
        ok,
        category: ok ? null : judged.category,
        rule: ok ? null : judged.rule,
        concern: ok ? null : judged.concern,
        relayed: !ok && judged.relayed,
        httpStatus: recorded.kind === 'response' ? recorded.exchange.status : null,
        latencyMs: Math.max(0, Math.round(recorded.latencyMs)),
        message: ok ? '' : (0,probe/* fromApi */.HM)(judged.message, request.redact),
        code: ok ? '' : (0,probe/* fromApi */.HM)(judged.code, request.redact),
        requestId: (0,probe/* fromApi */.HM)(ok ? (0,classify/* requestIdOf */.Gb)(headers) : judged.requestId, request.redact),
        usage: ok ? judged.usage : null,
        usd: (0,probe/* headerNumber */.hI)(headers['x-aimlapi-usd-spent']) ?? (ok ? judged.usd : null),
        credits: (0,probe/* headerNumber */.hI)(headers['x-aimlapi-credits-used']) ?? (ok ? judged.credits : null),
        capability,
        ttftMs: capability === 'stream' ? ttftMs : null
    };
    return { attempt, ok, hint: judged.ok ? null : judged.hint };
}
/**
 * A refusal keeps its category (a 503 is `server-error`) unless it names the feature; a 2xx
 * that lacks the capability is `missing-capability`.
 */
function judgeRecord(capability, recorded, redact) {
    if (recorded.kind === 'failure')
        return (0,classify/* classifyTransportFailure */.uT)(recorded.failure);
    const exchange = { ...recorded.exchange, body: redact(recorded.exchange.body) };
    const success = exchange.status >= 200 && exchange.status < 300;
    if (!success || capability !== 'stream') {
        const classified = (0,classify/* classifyExchange */.Cj)(exchange, 'chat');
        if (!classified.ok) {
            return namesFeature(capability, exchange.status, classified.message)
                ? { ...classified, category: 'missing-capability', rule: `capability-${capability}` }
                : classified;
        }
    }
    const check = checkCapabilityAnswer(capability, exchange.body);
    if (check.ok)
        return check;
    if (capability === 'stream') {
        // A 200 stream can carry an error event (an overloaded upstream, a quota): that error, read
        // as any 2xx event stream is, keeps its category; only a stream with nothing in it is ours.
        const carried = (0,classify/* classifyExchange */.Cj)(exchange, 'chat');
        if (!carried.ok && carried.category !== 'invalid-response') {
            // A carried refusal of the request itself that names streaming is the 4xx it stands for.
            return carried.category === 'bad-request' && namesFeature(capability, 400, carried.message)
                ? { ...carried, category: 'missing-capability', rule: `capability-${capability}` }
                : carried;
        }
    }
    return {
        ok: false,
        category: 'missing-capability',
        message: check.message,
        code: '',
        type: '',
        requestId: (0,classify/* requestIdOf */.Gb)(exchange.headers),
        retryAfterMs: null,
        rule: `capability-${capability}`,
        hint: null,
        concern: null,
        relayed: false
    };
}


/***/ })

};
