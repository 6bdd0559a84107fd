export const id = 430;
export const ids = [430];
export const modules = {

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


/***/ }),

/***/ 9430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trackIssues: () => (/* binding */ trackIssues)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _engine_send_limit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(394);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8881);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6584);
/* harmony import */ var _issue_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3432);
/* harmony import */ var _issue_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6268);
/* harmony import */ var _issue_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9306);
/* harmony import */ var _sticky_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2464);
/**
 * Opens, updates and closes this run's tracking issues: one per model, and one for the account.
 * Loaded only when issues are to be written, so other runs never pay for the GitHub client.
 */








/** Issues of different models written at once; GitHub asks integrations not to write much more. */
const MAX_PARALLEL = 4;
async function trackIssues(options) {
    const { octokit, budget, identity } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_2__/* .budgetedClient */ .M)(options);
    const tracker = (0,_issue_store_js__WEBPACK_IMPORTED_MODULE_3__/* .issueTracker */ ._)(octokit, _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo, budget.signal);
    const issueContext = {
        runUrl: `${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.serverUrl}/${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo.owner}/${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo.repo}/actions/runs/${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.runId}`,
        now: options.models[0]?.report.startedAt ?? new Date().toISOString(),
        commentKey: options.commentKey
    };
    const numbers = {};
    const log = [];
    const failures = [];
    const notWritten = [];
    let stop = null;
    let rateLimit = null;
    const limit = (0,_engine_send_limit_js__WEBPACK_IMPORTED_MODULE_6__/* .createLimiter */ .z)(MAX_PARALLEL);
    await Promise.all((0,_issue_js__WEBPACK_IMPORTED_MODULE_7__/* .subjectsOf */ .Z6)(options.models).map(subject => limit(async () => {
        if (stop !== null || budget.signal.aborted)
            return void notWritten.push(subject.key);
        try {
            await trackOne(subject);
        }
        catch (error) {
            if (budget.signal.aborted)
                return void notWritten.push(subject.key);
            const kind = (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .readGitHubFailure */ .g3)(error).kind;
            if (kind === 'rate-limit') {
                // Asking again while limited makes it worse; the next run tries again.
                stop ??= 'rate-limit';
                rateLimit = error;
                return void notWritten.push(subject.key);
            }
            failures.push({ key: subject.key, error });
            if (refusesEveryWrite(error))
                stop = 'refused';
        }
    })));
    async function trackOne(subject) {
        const marker = (0,_issue_js__WEBPACK_IMPORTED_MODULE_7__/* .issueMarker */ .Q_)(subject.key, options.commentKey);
        const result = await (0,_sticky_js__WEBPACK_IMPORTED_MODULE_5__/* .upsertSticky */ .$X)(tracker.store(), {
            marker,
            identity,
            decide: earlier => {
                const action = (0,_issue_js__WEBPACK_IMPORTED_MODULE_7__/* .decideIssue */ .Uv)(subject.observation, stateOf(earlier), issueContext.now);
                const write = writeFor(subject, action, earlier, issueContext, marker);
                return write && { ...write, body: options.redact(write.body), action };
            }
        });
        if (result.id === null)
            return;
        numbers[subject.key] = result.id;
        const action = result.decision?.action;
        if (action) {
            await followUp(tracker, result.id, subject, action, issueContext, options.redact);
            log.push(`Tracking issue #${result.id} (${subject.key}): ${action.kind}`);
        }
    }
    const account = numbers[_issue_js__WEBPACK_IMPORTED_MODULE_7__/* .ACCOUNT_KEY */ .sL];
    if (account !== undefined) {
        for (const { report } of options.models) {
            if (report.fallbacksSkipped === 'account-wide')
                numbers[report.configuredModel] ??= account;
        }
    }
    // A refusal every write meets is said by its own warning; the rest are named here.
    const leftOut = notWritten.length === 0 || stop === 'refused'
        ? null
        : { keys: notWritten, why: (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .leftOutWhy */ .yd)(budget, rateLimit) };
    return { numbers, log, failures, leftOut };
}
/** A missing permission or issues turned off: every other write would be refused the same. */
function refusesEveryWrite(error) {
    const status = (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatusOf */ .s_)(error);
    return status === 403 || status === 410;
}
/** An issue of ours whose state cannot be read counts as failing since it was opened. */
function stateOf(earlier) {
    if (earlier === null)
        return null;
    return (0,_issue_js__WEBPACK_IMPORTED_MODULE_7__/* .readIssueState */ .Fq)(earlier.body) ?? { problem: '', since: earlier.createdAt, checks: 0 };
}
function writeFor(subject, action, earlier, issueContext, marker) {
    // What people wrote above the marker is theirs: it stays, and the body makes room for it.
    const notes = earlier ? earlier.body.slice(0, Math.max(0, earlier.body.indexOf(marker))) : '';
    switch (action.kind) {
        case 'none':
            return null;
        case 'open':
        case 'touch':
        case 'change':
            return {
                title: (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .issueTitle */ .al)(subject, action.state, issueContext.commentKey),
                body: notes + (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .issueBody */ .y6)(subject, action.state, issueContext, _issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .BODY_LIMIT */ .Th - notes.length)
            };
        case 'recover':
            // The title stays as it was (it says what the outage was); only the body is marked.
            return { body: (0,_issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .resolvedBody */ .tc)(earlier?.body ?? '', issueContext), close: true };
    }
}
/** The one comment a change or a recovery is worth; opening and touching need none. */
async function followUp(tracker, number, subject, action, issueContext, redact) {
    if (action.kind === 'change') {
        await tracker.comment(number, redact((0,_issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .changeComment */ .EM)(action.from, action.state, issueContext)));
    }
    else if (action.kind === 'recover') {
        await tracker.comment(number, redact((0,_issue_text_js__WEBPACK_IMPORTED_MODULE_4__/* .recoveryComment */ .n_)(subject, action.earlier, action.durationMs, issueContext)));
    }
}


/***/ })

};
