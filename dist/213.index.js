export const id = 213;
export const ids = [213];
export const modules = {

/***/ 5213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  updateDashboard: () => (/* binding */ updateDashboard)
});

// EXTERNAL MODULE: ./src/github/budget.ts
var github_budget = __webpack_require__(9962);
// EXTERNAL MODULE: ./src/github/issue-text.ts
var issue_text = __webpack_require__(9306);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/failure.ts
var failure = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/github/issue-store.ts
var issue_store = __webpack_require__(6268);
// EXTERNAL MODULE: ./src/github/sticky.ts
var sticky = __webpack_require__(2464);
// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(893);
;// CONCATENATED MODULE: ./src/dashboard/history.ts
const WINDOW_SECONDS = 7 * 24 * 3600;
const DAY_SECONDS = 24 * 3600;
const MAX_CHECKS = 500;
/** The configured model answered, by its ID or an alias: what uptime counts. */
function isUp(check) {
    return check.status === 'available' || check.status === 'alias';
}
/**
 * The history after this run: the configured models only (one taken out of the table leaves
 * the dashboard with it), each with its new check, then bounded (oldest dropped first).
 */
function recordChecks(earlier, observed, now) {
    const next = {};
    for (const { model, check, issue } of observed) {
        const before = earlier[model] ?? { checks: [], lastFailure: null };
        const lastFailure = isUp(check) || check.category === null
            ? before.lastFailure && {
                ...before.lastFailure,
                issue: before.lastFailure.issue ?? issue
            }
            : { at: check.at, category: check.category, issue };
        next[model] = { checks: bounded([...before.checks, kept(check)], now), lastFailure };
    }
    return next;
}
/** The last 7 days, at most `MAX_CHECKS`; checks from the future (a clock gone wrong) go too. */
function bounded(checks, now) {
    const kept = checks
        .filter(c => c.at > now - WINDOW_SECONDS && c.at <= now + DAY_SECONDS)
        .sort((a, b) => a.at - b.at);
    return kept.slice(Math.max(0, kept.length - MAX_CHECKS));
}
/** As the state keeps it: to the minute, latencies to two figures (see `twoFigures`). */
function kept(check) {
    return {
        ...check,
        at: Math.round(check.at / 60) * 60,
        latencyMs: twoFigures(check.latencyMs),
        ttftMs: twoFigures(check.ttftMs)
    };
}
/**
 * Two significant figures (1,234 ms is kept as 1,200): plenty for p50, p95 and a chart, and it
 * is what lets 10,000 checks fit one issue.
 */
function twoFigures(ms) {
    if (ms === null || ms < 100)
        return ms === null ? null : Math.round(ms);
    const step = 10 ** (Math.floor(Math.log10(ms)) - 1);
    return Math.round(ms / step) * step;
}

;// CONCATENATED MODULE: ./src/dashboard/stats.ts
/**
 * What the dashboard's table says of one model, from its history: uptime over 24 hours and 7
 * days (the share of checks in which the configured model answered, by its ID or an alias), the
 * checks counted, and the nearest-rank p50 and p95 of the answers' latency over 7 days. Pure.
 */

function statsOf(checks, now) {
    const week = checks.filter(c => c.at > now - WINDOW_SECONDS);
    const day = week.filter(c => c.at > now - DAY_SECONDS);
    const latencies = week
        .filter(isUp)
        .map(c => c.latencyMs)
        .filter((ms) => ms !== null);
    return {
        uptimeDay: uptime(day),
        uptimeWeek: uptime(week),
        checks: week.length,
        p50Ms: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95)
    };
}
function uptime(checks) {
    return checks.length === 0 ? null : checks.filter(isUp).length / checks.length;
}
/** Nearest rank: the smallest value with at least `p` % of the values at or below it. */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

;// CONCATENATED MODULE: ./src/dashboard/chart.ts
/**
 * The dashboard's latency chart: a Mermaid `xychart-beta` (GitHub draws Mermaid in issues) of
 * each model's median answer per day over the last 7 days (per 3 hours while the history is
 * younger than a day), at most 6 models a chart. The chart has no legend of its own, so its
 * colours are set to those of the square emoji that name the lines under it. Only numbers and
 * our own dates go inside; model IDs stay in Markdown.
 */



const MODELS_PER_CHART = 6;
/** The x axis is a band of names, one per point, and Mermaid merges equal names into one band
 * (six-hourly `06h` labels once drew every day's points on the first day's): each label must
 * be unique, so a week is 8 days, a young history 8 steps of 3 hours (00h to 21h). */
const POINTS = 8;
const YOUNG_STEP_SECONDS = 3 * 3600;
/**
 * Sized for a phone: GitHub scales the chart down to the width of the column (about 360 px on
 * a phone), so a narrower chart with larger labels keeps them readable there; on a desktop it
 * is drawn at this size.
 */
const LAYOUT = {
    width: 460,
    height: 300,
    xAxis: { labelFontSize: 18 },
    yAxis: { labelFontSize: 18 }
};
/** The squares' colours as Twemoji draws them, which GitHub's emoji follow. */
const COLOURS = [
    ['🟦', '#55acee'],
    ['🟧', '#f4900c'],
    ['🟩', '#78b159'],
    ['🟥', '#dd2e44'],
    ['🟪', '#aa8ed6'],
    ['🟫', '#c1694f']
];
/** One chart per 6 models that answered at least once in 7 days; none without an answer. */
function latencyCharts(history, now) {
    const step = stepFor(history, now);
    const lines = Object.entries(history)
        .map(([model, h]) => ({ model, buckets: bucketed(h.checks, now, step) }))
        .filter(line => line.buckets.some(v => v !== null));
    const charts = [];
    for (let i = 0; i < lines.length; i += MODELS_PER_CHART) {
        charts.push(chart(lines.slice(i, i + MODELS_PER_CHART), now, step));
    }
    return { per: step === DAY_SECONDS ? 'day' : '3 hours', charts };
}
/** A day a point, unless every answer came in the last day: then 3 hours, so it is a line. */
function stepFor(history, now) {
    const answers = Object.values(history).flatMap(h => h.checks.filter(c => isUp(c) && c.latencyMs !== null && c.at > now - WINDOW_SECONDS));
    const first = Math.min(now, ...answers.map(c => c.at));
    return first > now - (POINTS - 1) * YOUNG_STEP_SECONDS ? YOUNG_STEP_SECONDS : DAY_SECONDS;
}
function chart(lines, now, step) {
    // From the first step any of them answered in, so a young history is not a flat line.
    const first = Math.min(...lines.map(l => l.buckets.findIndex(v => v !== null)));
    const from = Math.min(first, POINTS - 2);
    const series = lines.map(l => filled(l.buckets.slice(from)));
    const topMs = niceCeiling(Math.max(1, ...series.flat()));
    const labels = Array.from({ length: POINTS - from }, (_, i) => label(bucketStart(now, step, from + i), step, i === 0));
    const palette = COLOURS.slice(0, lines.length).map(([, hex]) => hex);
    const init = {
        xyChart: LAYOUT,
        themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } }
    };
    return [
        '```mermaid',
        `%%{init: ${JSON.stringify(init)}}%%`,
        'xychart-beta',
        `  x-axis [${labels.map(l => `"${l}"`).join(', ')}]`,
        `  y-axis 0 --> ${seconds(topMs)}`,
        ...series.map(values => `  line [${values.map(seconds).join(', ')}]`),
        '```',
        '',
        lines.map((l, i) => `${COLOURS[i]?.[0] ?? ''} ${(0,render_text/* code */.aY)(l.model)}`).join(' · ')
    ].join('\n');
}
/** Median latency of the answers in each step of the window, oldest first. */
function bucketed(checks, now, step) {
    const buckets = Array.from({ length: POINTS }, () => []);
    for (const c of checks) {
        const index = POINTS - 1 - (Math.floor(now / step) - Math.floor(c.at / step));
        const inWindow = c.at > now - WINDOW_SECONDS && index >= 0 && index < POINTS;
        if (isUp(c) && c.latencyMs !== null && inWindow)
            buckets[index]?.push(c.latencyMs);
    }
    return buckets.map(values => percentile(values, 50));
}
/** A gap (no answer in that step) carries the nearest value: the line stays one line. */
function filled(values) {
    let last = values.find(v => v !== null) ?? 0;
    return values.map(v => (last = v ?? last));
}
/** A tenth above the top, rounded up to two figures: 5,400 ms → 6,000 ms. */
function niceCeiling(ms) {
    const step = 10 ** Math.max(1, Math.floor(Math.log10(ms)) - 1);
    return Math.ceil((ms * 1.1) / step) * step;
}
/**
 * Seconds read shorter than milliseconds on a narrow axis: 1,500 ms is `1.5`. Two significant
 * figures, so that answers of 25 and 29 ms stay two lines, not one at `0.03`.
 */
function seconds(ms) {
    return String(Number((ms / 1000).toPrecision(2)));
}
/** Steps start at midnight UTC (or 00, 03, … 21 h); the last holds `now`. */
function bucketStart(now, step, index) {
    return (Math.floor(now / step) - (POINTS - 1 - index)) * step;
}
/**
 * Short enough for a phone: the month on the first day and the first of a month (`Dec 1`, `2`,
 * … `8`), the hour on a young history's steps (`03h`, `Dec 8` at midnight).
 */
function label(epochSeconds, step, first) {
    const d = new Date(epochSeconds * 1000);
    const month = d.toLocaleDateString('en-US', { month: 'short', timeZone: 'UTC' });
    if (step !== DAY_SECONDS) {
        return d.getUTCHours() === 0
            ? `${month} ${d.getUTCDate()}`
            : `${String(d.getUTCHours()).padStart(2, '0')}h`;
    }
    return first || d.getUTCDate() === 1 ? `${month} ${d.getUTCDate()}` : String(d.getUTCDate());
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/engine/classify/categories.ts
var categories = __webpack_require__(7005);
;// CONCATENATED MODULE: ./src/dashboard/state.ts
/**
 * The history as one hidden line in the dashboard's body:
 * `<!-- aiml-model-probe-dashboard-state:v1:BASE64 -->`, where BASE64 is deflated JSON in columns
 * (a model's times as deltas in minutes, its statuses as one string,), so that 20 models × 500 checks fit
 * the issue's 65,536 characters. Anyone with write access can edit the body: the line is read
 * strictly (sizes bounded, the JSON by a zod schema), and anything else is `unreadable`.
 */




const PREFIX = '<!-- aiml-model-probe-dashboard-state:';
const VERSION = 'v1';
const SUFFIX = ' -->';
/** Bounds on what is read: far above what we write (about 45,000 characters at the bound). */
const MAX_ENCODED = 100_000;
const MAX_INFLATED = 2_000_000;
const STATUS_CODES = {
    available: 'a',
    alias: 'l',
    fallback: 'f',
    unavailable: 'u'
};
const STATUS_OF = Object.fromEntries(Object.entries(STATUS_CODES).map(([status, letter]) => [letter, status]));
/** Epoch seconds past 2106 are no time we wrote, and past year 275760 no date JavaScript can print. */
const MAX_EPOCH_SECONDS = 2 ** 32;
const category = schemas/* enum */.k5n(categories/* CATEGORY_IDS */.ob);
const ms = schemas/* number */.aig().int().min(0).max(86_400_000).nullable();
const columns = schemas/* object */.Ikc({
    t: schemas/* array */.YOg(schemas/* number */.aig()
        .int()
        .min(0)
        .max(MAX_EPOCH_SECONDS / 60))
        .max(1000),
    s: schemas/* string */.YjP().regex(/^[alfu]*$/),
    c: schemas/* array */.YOg(category.or(schemas/* literal */.euz(''))),
    l: schemas/* array */.YOg(ms),
    f: schemas/* array */.YOg(ms),
    x: schemas/* tuple */.PVZ([
        schemas/* number */.aig().int().min(0).max(MAX_EPOCH_SECONDS),
        category,
        schemas/* number */.aig().int().positive().nullable()
    ])
        .nullable()
})
    .strict()
    .refine(m => [m.s.length, m.c.length, m.l.length, m.f.length].every(n => n === m.t.length), 'columns of different lengths');
const STATE = schemas/* object */.Ikc({ m: schemas/* record */.g1P(schemas/* string */.YjP().max(300), columns) })
    .strict()
    .refine(s => Object.keys(s.m).length <= 50, 'too many models');
/** The line to put in the body. */
function encodeState(history) {
    const m = Object.fromEntries(Object.entries(history).map(([id, h]) => [id, toColumns(h)]));
    const packed = (0,external_node_zlib_.deflateRawSync)(JSON.stringify({ m }), { level: 9 }).toString('base64');
    return `${PREFIX}${VERSION}:${packed}${SUFFIX}`;
}
/**
 * The history a body carries. No state line at all is `none` only in a body we never wrote
 * (`null`); in one of ours it was taken out, which is `unreadable` like any other edit.
 */
function readState(body) {
    if (body === null)
        return { kind: 'none' };
    const line = body.split('\n').find(l => l.startsWith(PREFIX));
    const match = line && new RegExp(`^${VERSION}:([A-Za-z0-9+/=]+)${SUFFIX}$`).exec(line.slice(PREFIX.length));
    if (!match?.[1] || match[1].length > MAX_ENCODED)
        return { kind: 'unreadable' };
    try {
        const json = (0,external_node_zlib_.inflateRawSync)(Buffer.from(match[1], 'base64'), {
            maxOutputLength: MAX_INFLATED
        }).toString('utf8');
        const parsed = STATE.safeParse(JSON.parse(json));
        if (!parsed.success)
            return { kind: 'unreadable' };
        const history = {};
        for (const [id, cols] of Object.entries(parsed.data.m))
            history[id] = fromColumns(cols);
        return { kind: 'read', history };
    }
    catch {
        return { kind: 'unreadable' };
    }
}
function toColumns({ checks, lastFailure }) {
    const minutes = checks.map(c => Math.round(c.at / 60));
    return {
        t: minutes.map((m, i) => (i === 0 ? m : m - (minutes[i - 1] ?? 0))),
        s: checks.map(c => STATUS_CODES[c.status]).join(''),
        c: checks.map(c => c.category ?? ''),
        l: checks.map(c => twoFigures(c.latencyMs)),
        f: checks.map(c => twoFigures(c.ttftMs)),
        x: lastFailure && [lastFailure.at, lastFailure.category, lastFailure.issue]
    };
}
function fromColumns(cols) {
    let at = 0;
    const checks = cols.t.map((delta, i) => {
        at += delta;
        return {
            at: at * 60,
            status: STATUS_OF[cols.s[i] ?? ''] ?? 'unavailable',
            category: cols.c[i] || null,
            latencyMs: cols.l[i] ?? null,
            ttftMs: cols.f[i] ?? null
        };
    });
    const [failedAt, failed, issue] = cols.x ?? [];
    return {
        checks,
        lastFailure: failedAt !== undefined && failed !== undefined
            ? { at: failedAt, category: failed, issue: issue ?? null }
            : null
    };
}

;// CONCATENATED MODULE: ./src/dashboard/body.ts
/**
 * The dashboard issue's title and body: when it was last checked, a row per model (its status
 * now, uptime, latency, the last failure and its tracking issue, checks), the latency charts,
 * and the hidden history line. Pure; model IDs and categories are escaped (render/text.ts).
 */






const TITLE = 'AIML model status';
/** Between a number and its unit, so a squeezed column breaks between words, not in `2.0 s`. */
const NBSP = '\u00a0';
/**
 * Short cells, read on a phone first: GitHub scrolls a table sideways once it is wider than
 * the column (about 360 px there), so the model with its status now and both uptimes come
 * first, every cell is a word or a number, and the count of checks, which only weighs the
 * shares, comes last.
 */
const COLUMNS = [
    ['Model', '---'],
    [`Uptime 24${NBSP}h`, '--:'],
    [`Uptime 7${NBSP}d`, '--:'],
    ['p50', '--:'],
    ['p95', '--:'],
    ['Last failure', ':--'],
    ['Checks', '--:']
];
function dashboardMarker(commentKey) {
    return commentKey === ''
        ? '<!-- aiml-model-probe-dashboard -->'
        : `<!-- aiml-model-probe-dashboard:${commentKey} -->`;
}
function dashboardTitle(commentKey) {
    return commentKey === '' ? TITLE : `${TITLE} [${commentKey}]`;
}
/**
 * The body; should long model IDs push it past GitHub's limit, the oldest half of every model's
 * checks goes until it fits (the bound of 500 checks keeps it well inside for 20 models).
 */
function dashboardBody(history, context) {
    const room = context.room ?? issue_text/* BODY_LIMIT */.Th;
    let body = render(history, context);
    for (let cut = history; body.length >= room && hasChecks(cut);) {
        cut = Object.fromEntries(Object.entries(cut).map(([id, h]) => [
            id,
            { ...h, checks: h.checks.slice(h.checks.length >> 1) }
        ]));
        body = render(cut, context);
    }
    return body;
}
function hasChecks(history) {
    return Object.values(history).some(h => h.checks.length > 1);
}
function render(history, context) {
    // The issue's title names it; the first line a phone shows says how fresh it is.
    const lines = [
        dashboardMarker(context.commentKey),
        `**Last checked:** ${dateTime(context.now)} · [workflow run](${context.runUrl})`,
        ''
    ];
    if (context.startedAnew) {
        lines.push('> [!NOTE]', '> The history in this issue could not be read (it was edited, or written by another version of the action), so it starts anew with this check.', '');
    }
    lines.push(`| ${COLUMNS.map(([header]) => header).join(' | ')} |`, `| ${COLUMNS.map(([, align]) => align).join(' | ')} |`, ...Object.entries(history).map(([model, h]) => row(model, h, context.now)), '');
    const { per, charts } = latencyCharts(history, context.now);
    if (charts.length > 0) {
        lines.push('### Latency, last 7 days', '', `_Median answer per ${per} (UTC), in seconds._`, '');
        for (const chart of charts)
            lines.push(chart, '');
    }
    lines.push("<sub>Edited in place by every watched run of the AIML model probe (an edit notifies nobody): pin it to keep it in sight. Uptime counts the checks in which the configured model answered, by its ID or an alias; p50 and p95 are the median and the 95th percentile of its answers' latency over 7 days. The hidden line below is its history; editing it starts the history anew.</sub>", encodeState(history));
    return lines.join('\n');
}
function row(model, h, now) {
    const stats = statsOf(h.checks, now);
    const failure = h.lastFailure;
    const cells = [
        modelCell(model, h.checks.at(-1)),
        (0,render_text/* formatShare */.T1)(stats.uptimeDay),
        (0,render_text/* formatShare */.T1)(stats.uptimeWeek),
        formatSeconds(stats.p50Ms),
        formatSeconds(stats.p95Ms),
        failure
            ? `${date(failure.at, now)} ${(0,render_text/* code */.aY)(failure.category)}${failure.issue ? ` #${failure.issue}` : ''}`
            : '–',
        String(stats.checks)
    ];
    return `| ${cells.join(' | ')} |`;
}
/**
 * The model with its status now in front: an icon, not a column of its own, so that a phone
 * shows both uptimes beside it. A failure's category is in the last failure, which is now; one
 * that answered with a category (`slow`) says it.
 */
function modelCell(model, last) {
    const id = (0,render_text/* code */.aY)(model);
    if (!last)
        return id;
    if (!isUp(last))
        return `❌ ${id}`;
    const alias = last.status === 'alias' ? ' (alias)' : '';
    return last.category ? `⚠️ ${id}${alias} ${(0,render_text/* code */.aY)(last.category)}` : `✅ ${id}${alias}`;
}
/** Two figures in seconds (`0.78 s`, `1.5 s`, `15 s`): one unit down the column. */
function formatSeconds(ms) {
    if (ms === null)
        return '–';
    const s = ms / 1000;
    return `${s >= 100 ? Math.round(s) : s.toPrecision(2)}${NBSP}s`;
}
/** `Dec 3` this year; a failure kept from another year has its year. */
function date(epochSeconds, now) {
    const d = new Date(epochSeconds * 1000);
    const sameYear = d.getUTCFullYear() === new Date(now * 1000).getUTCFullYear();
    const day = d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
    return (sameYear ? day : `${day}, ${d.getUTCFullYear()}`).replace(' ', NBSP);
}
function dateTime(epochSeconds) {
    return `${new Date(epochSeconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

;// CONCATENATED MODULE: ./src/dashboard/publish.ts
/**
 * Keeps the dashboard issue: one open issue per `comment-key`, found by its marker and our
 * identity over all open issues (a person's issue that quotes the marker is never read nor
 * touched), created on the first watched run and edited on every later one, never commented on.
 * Race-safe through sticky.ts: runs that start together leave one. Loaded only when wanted.
 *
 * Two runs that edit at once both read the same history and the later edit wins: one check is
 * lost, never the history (the README says so).
 */










async function keepDashboard(options) {
    const { octokit, budget, identity } = await (0,client/* budgetedClient */.M)(options);
    const store = (0,issue_store/* issueTracker */._)(octokit, github/* context */._.repo, budget.signal).store({ labelled: false });
    const observed = options.models.map(m => observedOf(m, options.issueNumbers));
    const now = Math.max(0, ...observed.map(o => o.check.at));
    const runUrl = `${github/* context */._.serverUrl}/${github/* context */._.repo.owner}/${github/* context */._.repo.repo}/actions/runs/${github/* context */._.runId}`;
    const result = await (0,sticky/* upsertSticky */.$X)(store, {
        marker: dashboardMarker(options.commentKey),
        identity,
        decide: earlier => {
            const read = readState(earlier?.body ?? null);
            const history = recordChecks(read.kind === 'read' ? read.history : {}, observed, now);
            const startedAnew = read.kind === 'unreadable';
            // What people wrote above the marker is theirs: it stays, and the body makes room for it.
            const marker = dashboardMarker(options.commentKey);
            const notes = earlier ? earlier.body.slice(0, Math.max(0, earlier.body.indexOf(marker))) : '';
            const body = dashboardBody(history, {
                commentKey: options.commentKey,
                now,
                runUrl,
                startedAnew,
                room: issue_text/* BODY_LIMIT */.Th - notes.length
            });
            return {
                title: dashboardTitle(options.commentKey),
                body: notes + options.redact(body),
                history,
                startedAnew
            };
        }
    });
    const history = result.decision?.history ?? {};
    const uptime = {};
    for (const [model, h] of Object.entries(history)) {
        const week = statsOf(h.checks, now).uptimeWeek;
        if (week !== null)
            uptime[model] = week;
    }
    return { number: result.id, uptime, startedAnew: result.decision?.startedAnew ?? false };
}
/** One model's check as the history keeps it. */
function observedOf(model, issues) {
    const { report } = model;
    return {
        model: report.configuredModel,
        check: {
            at: Math.floor(Date.parse(report.startedAt) / 1000),
            status: report.status,
            category: report.errorCategory,
            latencyMs: report.latencyMs,
            ttftMs: report.ttftMs
        },
        issue: issues[report.configuredModel] ?? null
    };
}
/** A refusal is a warning, never a failure; a 403 names the permission, a 410 what is off. */
function dashboardFailure(error, timeoutMs) {
    const said = (0,failure/* describeGitHubFailure */.Po)(error, {
        subject: 'The model dashboard could not be written',
        forbidden: 'The job needs `permissions: issues: write`.',
        timeoutMs
    });
    if ((0,failure/* httpStatusOf */.s_)(error) !== 410)
        return said;
    return `${said} Issues are turned off for this repository: turn them on (Settings → General → Features), or set \`dashboard: never\`.`;
}

;// CONCATENATED MODULE: ./src/dashboard/run.ts



async function updateDashboard(settings, check, issueNumbers, redact, log, budget = (0,github_budget/* githubBudget */.hB)(settings.timeoutMs)) {
    try {
        const result = await keepDashboard({
            token: settings.githubToken,
            timeoutMs: settings.timeoutMs,
            budget,
            models: check.models,
            issueNumbers,
            commentKey: settings.commentKey,
            redact,
            say: log.info
        });
        if (result.number === null)
            return null;
        const anew = result.startedAnew ? ' (its history could not be read: it starts anew)' : '';
        log.info(`Model dashboard #${result.number}: updated${anew}`);
        return result.uptime;
    }
    catch (error) {
        // Spent by the tracking issues before it, the bound is the reason, not a slow call.
        log.warning(budget.signal.aborted
            ? `The model dashboard could not be written: ${(0,issue_text/* leftOutWhy */.yd)(budget, null)}.`
            : dashboardFailure(error, settings.timeoutMs));
        return null;
    }
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubClient),
/* harmony export */   M: () => (/* binding */ budgetedClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9962);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7369);
/**
 * The octokit every GitHub call of a step goes through. What octokit logs goes to `say`, the
 * step's log, which redacts and defuses like every other line; nothing reaches the console.
 *
 * Two loggers need it: octokit's own (`log`), and the one @octokit/request words its warnings
 * on, `request.log`, which falls back to `console` (a `deprecation` header makes it print the
 * `sunset` and `link` GitHub sent, on stderr, where the runner reads `##[…]`). @octokit/core
 * never hands its `log` down, and a `request` option would replace @actions/github's proxy
 * agent (its defaults merge shallowly), so the logger joins each request in a hook.
 */



function githubClient(token, say) {
    const ignore = () => undefined;
    const log = { debug: ignore, info: ignore, warn: say, error: say };
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { log });
    octokit.hook.wrap('request', async (request, options) => {
        // In place, as budget.ts explains: the token's hook inside reads this `options`, not ours.
        options.request = { ...options.request, log };
        return request(options);
    });
    return octokit;
}
/**
 * A client for a bounded part of the step (the tracking issues, the dashboard): every call
 * spends from `budget` (its own, unless one is shared), and who the token is.
 */
async function budgetedClient(options) {
    if (options.token === '')
        throw new Error('`github-token` is empty.');
    const budget = options.budget ?? (0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .githubBudget */ .hB)(options.timeoutMs);
    const octokit = githubClient(options.token, options.say);
    (0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .spendFrom */ .$K)(octokit, budget);
    return { octokit, budget, identity: await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .whoAmI */ .Wc)(octokit, budget.signal) };
}


/***/ }),

/***/ 7369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ isOurs),
/* harmony export */   Pz: () => (/* binding */ learnFrom),
/* harmony export */   Qn: () => (/* binding */ mayAdopt),
/* harmony export */   Wc: () => (/* binding */ whoAmI)
/* harmony export */ });
/* unused harmony export UNKNOWN */
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8881);

const UNKNOWN = Object.freeze({ login: null });
/**
 * Asks GraphQL `viewer`. A refusal (an HTTP error, or errors instead of data) leaves the login
 * unknown; a GitHub that cannot be reached at all is an error, so the warning says so.
 */
async function whoAmI(octokit, signal) {
    try {
        const { viewer } = await octokit.graphql('query { viewer { login __typename } }', { request: { signal } });
        // An app's `viewer` is its slug; what its comments carry is the slug with `[bot]`.
        const login = viewer.__typename === 'Bot' && !viewer.login.endsWith('[bot]')
            ? `${viewer.login}[bot]`
            : viewer.login;
        return Object.freeze({ login });
    }
    catch (error) {
        if ((0,_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .isGitHubRefusal */ .KL)(error))
            return UNKNOWN;
        throw error;
    }
}
/** The author we learn from an item GitHub just created for us. */
function learnFrom(identity, posted) {
    return posted ? Object.freeze({ login: posted.login }) : identity;
}
/** Certainly ours: only such items are ever deleted or closed as duplicates. */
function isOurs(author, identity) {
    return identity.login !== null && author?.login === identity.login;
}
/**
 * May be updated as ours. With the login known, only ours; without it, any bot's, since a bot
 * is what writes with a token (GitHub refuses the update with a 403 if it is another app's). A
 * person's item never is.
 */
function mayAdopt(author, identity) {
    if (identity.login !== null)
        return isOurs(author, identity);
    return author?.type === 'Bot';
}


/***/ }),

/***/ 6268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ issueTracker)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8881);
/* harmony import */ var _issue_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3432);
/* harmony import */ var _issue_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9306);
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6417);
/* harmony import */ var _sticky_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2464);
/**
 * A repository's open tracking issues as sticky stores, one per issue's subject: listed on every
 * page (all open issues, with or without our label: people remove labels), created with the label, updated (title, body, and closed on recovery),
 * commented on, and a duplicate of ours closed as not planned with a link to the one kept.
 * Every call takes `octokit` first and the step's abort signal.
 *
 * The first look is shared: every subject's first `list()` reads the same pages, so a table of
 * twenty models costs one listing, not twenty. Every later look (after opening an issue, to find
 * a racing run's duplicate) reads afresh.
 */





/** A bound on the pages read: 3,000 open issues, labelled or not. */
const MAX_PAGES = 30;
const PER_PAGE = 100;
const LABEL_COLOR = 'd93f0b';
/** The issue number is the item's ID: every call names an issue by it. */
function toItem(issue) {
    return (0,_sticky_js__WEBPACK_IMPORTED_MODULE_3__/* .stickyItem */ .v9)(issue.number, issue);
}
function issueTracker(octokit, repo, signal) {
    const where = { owner: repo.owner, repo: repo.repo };
    let firstLook = null;
    let label = null;
    async function listOpen() {
        const items = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await octokit.rest.issues.listForRepo({
                ...where,
                state: 'open',
                per_page: PER_PAGE,
                page,
                request: { signal }
            });
            const issues = (0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .readable */ .HD)(data, _rest_js__WEBPACK_IMPORTED_MODULE_2__/* .REST_ISSUE */ .rC.array(), signal);
            // The issues list holds pull requests too.
            items.push(...issues.filter(i => i.pull_request === undefined).map(toItem));
            if (issues.length < PER_PAGE)
                break;
        }
        return items;
    }
    /** Created once per step; GitHub's refusal (it exists, or no permission) is no failure. */
    function ensureLabel() {
        label ??= octokit.rest.issues
            .createLabel({
            ...where,
            name: _issue_js__WEBPACK_IMPORTED_MODULE_4__/* .ISSUE_LABEL */ .VO,
            color: LABEL_COLOR,
            description: 'A model the AIML model probe watches has stopped answering',
            request: { signal }
        })
            .then(() => undefined, () => undefined);
        return label;
    }
    async function comment(number, body) {
        await octokit.rest.issues.createComment({
            ...where,
            issue_number: number,
            body,
            request: { signal }
        });
    }
    /** `labelled: false` for an issue that is no outage (the model dashboard). */
    function store({ labelled = true } = {}) {
        let looked = false;
        return {
            async list() {
                if (looked)
                    return listOpen();
                looked = true;
                firstLook ??= listOpen();
                return (await firstLook).map(i => ({ ...i }));
            },
            async create({ title, body }) {
                if (labelled)
                    await ensureLabel();
                const { data } = await octokit.rest.issues.create({
                    ...where,
                    title: title ?? 'AIML model probe',
                    body,
                    labels: labelled ? [_issue_js__WEBPACK_IMPORTED_MODULE_4__/* .ISSUE_LABEL */ .VO] : [],
                    request: { signal }
                });
                return toItem((0,_rest_js__WEBPACK_IMPORTED_MODULE_2__/* .readable */ .HD)(data, _rest_js__WEBPACK_IMPORTED_MODULE_2__/* .REST_ISSUE */ .rC, signal));
            },
            async update(number, { title, body, close }) {
                await octokit.rest.issues.update({
                    ...where,
                    issue_number: number,
                    ...(title === undefined ? {} : { title }),
                    body,
                    ...(close ? { state: 'closed', state_reason: 'completed' } : {}),
                    request: { signal }
                });
            },
            async retire(duplicate, survivor) {
                try {
                    await comment(duplicate.id, (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_1__/* .duplicateComment */ .j8)(survivor.id));
                    await octokit.rest.issues.update({
                        ...where,
                        issue_number: duplicate.id,
                        state: 'closed',
                        state_reason: 'not_planned',
                        request: { signal }
                    });
                }
                catch (error) {
                    // Gone since it was listed.
                    if ((0,_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatusOf */ .s_)(error) !== 404)
                        throw error;
                }
            }
        };
    }
    return { store, comment };
}


/***/ }),

/***/ 6417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ readable),
/* harmony export */   NW: () => (/* binding */ REST_COMMENT),
/* harmony export */   rC: () => (/* binding */ REST_ISSUE)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * What we need of GitHub's REST answers, read strictly: a comment, an issue, and the sentence
 * that names the field an answer lacks, instead of "could not be read".
 */

const USER = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullish();
const REST_COMMENT = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    body: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    user: USER,
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
});
const REST_ISSUE = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    body: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    user: USER,
    created_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Set on a pull request, which the issues list holds too. */
    pull_request: zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J().optional()
});
/**
 * The answer as `schema` reads it, or an error saying what it lacks. octokit hands back `''` as
 * the data of a 2xx whose body could not be read (its getResponseData swallows the error): most
 * often our own clock ran out mid-body, and then the abort is what happened.
 */
function readable(data, schema, signal) {
    const parsed = schema.safeParse(data);
    if (parsed.success)
        return parsed.data;
    if (signal?.aborted)
        throw signal.reason;
    if (data === '' || data === undefined || data === null) {
        throw new Error('GitHub answered with a body that could not be read.');
    }
    throw new Error(`GitHub's answer ${lack(parsed.error.issues[0])}.`);
}
function lack(issue) {
    if (!issue)
        return 'could not be read';
    const field = issue.path.filter(p => typeof p === 'string').join('.');
    const item = issue.path.find(p => typeof p === 'number');
    const where = typeof item === 'number' ? ` (item ${item + 1} of the list)` : '';
    if (field === '')
        return `is not the ${issue.code === 'invalid_type' ? issue.expected : 'shape'} we asked for${where}`;
    const expected = issue.code === 'invalid_type' ? `: expected ${issue.expected}` : '';
    return `lacks a usable \`${field}\`${expected}${where}`;
}


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ upsertSticky),
/* harmony export */   v9: () => (/* binding */ stickyItem)
/* harmony export */ });
/* unused harmony exports oldestFirst, adoptable, planDedupe */
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8881);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7369);
/**
 * One item per marker, kept by its author: the PR comment, and each model's tracking issue
 * (issue-store.ts). The store says how items are listed, written and retired (a comment is
 * deleted, an issue closed as not planned); this module decides which item is ours and which
 * are duplicates.
 *
 * Why it is race-safe: runs that start together all find nothing and all post. So each run,
 * after posting, looks again and keeps the oldest of ours, retiring the newer ones and carrying
 * its own report over to the oldest when its own post is not the one kept. The oldest item is
 * never retired (nothing older can appear later), and every newer one is retired at the latest by
 * the run that posted it, which sees the oldest when it looks again: any number of runs at once
 * end with exactly one.
 */


/** A comment or an issue as a sticky item; `id` is what every later call names it by. */
function stickyItem(id, item) {
    return {
        id,
        body: item.body ?? '',
        author: item.user ? { login: item.user.login, type: item.user.type } : null,
        createdAt: item.created_at
    };
}
/** Items of another app that a token without a login may try before it posts its own. */
const MAX_ADOPTION_TRIES = 3;
/** Duplicates retired by one run; a later run retires any that are left. */
const MAX_RETIRED = 20;
/**
 * Anywhere in the body: people write notes above markers. A forged marker proves nothing, since
 * only an author that may be ours (identity.ts) is ever adopted.
 */
function carriesMarker(item, marker) {
    return item.body.includes(marker);
}
function oldestFirst(items) {
    return [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
}
/** The items we may update, oldest first: the first is "the earlier one". */
function adoptable(items, marker, identity) {
    return oldestFirst(items.filter(i => carriesMarker(i, marker) && (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .mayAdopt */ .Qn)(i.author, identity)));
}
/**
 * After `written`: the oldest of ours survives, every newer one of ours goes. `written` counts as
 * ours even when the list does not show it (another run retired it already, or the list lags).
 * Without a login nothing is ours for certain, so nothing is retired.
 */
function planDedupe(items, marker, identity, written) {
    const ours = items.filter(i => i.id !== written.id && carriesMarker(i, marker) && (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isOurs */ .MU)(i.author, identity));
    const [survivor = written, ...rest] = oldestFirst([...ours, written]);
    return { survivor, retire: rest.slice(0, MAX_RETIRED) };
}
/**
 * Finds the earlier item, writes what `decide` says (an update of the earlier item, else a new
 * one), then makes sure one of ours is left. Calls go one at a time, in a bounded number.
 */
async function upsertSticky(store, request) {
    const { marker, identity, decide } = request;
    let seen = (await store.list()).filter(i => carriesMarker(i, marker));
    for (const earlier of adoptable(seen, marker, identity).slice(0, MAX_ADOPTION_TRIES)) {
        const decision = decide(earlier);
        if (decision === null)
            return { decision, id: earlier.id, retired: 0 };
        try {
            await store.update(earlier.id, decision);
        }
        catch (error) {
            if (!isGoneOrForeign(error, earlier, identity))
                throw error;
            seen = seen.filter(i => i.id !== earlier.id);
            continue;
        }
        return { decision, ...(await settle(store, seen, marker, identity, earlier, decision)) };
    }
    const decision = decide(null);
    if (decision === null)
        return { decision, id: null, retired: 0 };
    const posted = await store.create(decision);
    const again = await store.list();
    const known = (0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .learnFrom */ .Pz)(identity, posted.author);
    return { decision, ...(await settle(store, again, marker, known, posted, decision)) };
}
/**
 * Without a login, a bot's item is tried as ours; GitHub's 403 says it is another app's. An item
 * deleted since it was listed (404) is passed over too. Anything else is a real failure.
 */
function isGoneOrForeign(error, item, identity) {
    const status = (0,_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatusOf */ .s_)(error);
    return status === 404 || (status === 403 && !(0,_identity_js__WEBPACK_IMPORTED_MODULE_1__/* .isOurs */ .MU)(item.author, identity));
}
async function settle(store, items, marker, identity, written, write) {
    const plan = planDedupe(items, marker, identity, written);
    // Our own post is a duplicate of an older one: the one that stays carries this run's report.
    if (plan.survivor.id !== written.id && plan.survivor.body !== write.body) {
        await store.update(plan.survivor.id, write);
    }
    for (const duplicate of plan.retire)
        await store.retire(duplicate, plan.survivor);
    return { id: plan.survivor.id, retired: plan.retire.length };
}


/***/ })

};
