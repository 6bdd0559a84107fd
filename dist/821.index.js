export const id = 821;
export const ids = [821];
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

/***/ 4821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/github/comment.ts + 1 modules
var comment = __webpack_require__(9204);
// EXTERNAL MODULE: ./src/github/failure.ts
var failure = __webpack_require__(8881);
// EXTERNAL MODULE: ./src/github/rest.ts
var rest = __webpack_require__(6417);
// EXTERNAL MODULE: ./src/github/sticky.ts
var sticky = __webpack_require__(2464);
;// CONCATENATED MODULE: ./src/github/comment-store.ts
/**
 * A pull request's comments as a sticky store: listed on every page, created, updated, and a
 * duplicate of ours deleted. Every call takes `octokit` first and the step's abort signal, so a
 * GitHub that does not answer cannot hold the step.
 */



/** A bound on the pages read: 5,000 comments. */
const MAX_PAGES = 50;
const PER_PAGE = 100;
function toItem(comment) {
    return (0,sticky/* stickyItem */.v9)(comment.id, comment);
}
function commentStore(octokit, pr, signal) {
    const where = { owner: pr.owner, repo: pr.repo };
    return {
        async list() {
            const items = [];
            // Page by page rather than octokit.paginate, whose iterator drops the request's signal.
            for (let page = 1; page <= MAX_PAGES; page++) {
                const { data } = await octokit.rest.issues.listComments({
                    ...where,
                    issue_number: pr.number,
                    per_page: PER_PAGE,
                    page,
                    request: { signal }
                });
                items.push(...(0,rest/* readable */.HD)(data, rest/* REST_COMMENT */.NW.array(), signal).map(toItem));
                if (data.length < PER_PAGE)
                    break;
            }
            return items;
        },
        async create({ body }) {
            const { data } = await octokit.rest.issues.createComment({
                ...where,
                issue_number: pr.number,
                body,
                request: { signal }
            });
            return toItem((0,rest/* readable */.HD)(data, rest/* REST_COMMENT */.NW, signal));
        },
        async update(id, { body }) {
            await octokit.rest.issues.updateComment({
                ...where,
                comment_id: id,
                body,
                request: { signal }
            });
        },
        async retire(duplicate) {
            try {
                await octokit.rest.issues.deleteComment({
                    ...where,
                    comment_id: duplicate.id,
                    request: { signal }
                });
            }
            catch (error) {
                // Another run deleted it first.
                if ((0,failure/* httpStatusOf */.s_)(error) !== 404)
                    throw error;
            }
        }
    };
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * Posts, updates or resolves the PR comment for this run. Loaded only when a comment may be due,
 * so runs on other events never pay for the GitHub client.
 */






/** The step's one comment, whatever the number of models. */
async function commentOnPullRequest(request) {
    const { mode, token, timeoutMs, check, key, redact } = request;
    const number = github/* context */._.payload.pull_request?.number;
    if (typeof number !== 'number')
        return { action: 'skip', commentId: null };
    if (token === '')
        throw new Error('`github-token` is empty.');
    const signal = AbortSignal.timeout(timeoutMs);
    const pr = { ...github/* context */._.repo, number };
    const octokit = (0,client/* githubClient */.$)(token, request.say);
    const commentContext = {
        runUrl: `${github/* context */._.serverUrl}/${pr.owner}/${pr.repo}/actions/runs/${github/* context */._.runId}`,
        now: check.models[0]?.report.startedAt ?? new Date().toISOString()
    };
    const result = await (0,sticky/* upsertSticky */.$X)(commentStore(octokit, pr, signal), {
        marker: (0,comment/* marker */.xL)(key),
        identity: await (0,identity/* whoAmI */.Wc)(octokit, signal),
        decide: earlier => {
            const state = earlier ? (0,comment/* commentState */.PW)(earlier.body) : null;
            const action = (0,comment/* decideCommentAction */.Ou)(mode, (0,comment/* allWell */.Q3)(check), state);
            if (action === 'skip')
                return null;
            const body = action === 'resolve'
                ? (0,comment/* renderResolved */.Xr)(check, key, commentContext)
                : (0,comment/* renderComment */.wQ)(check, key, commentContext);
            return { action, body: redact(body) };
        }
    });
    return { action: result.decision?.action ?? 'skip', commentId: result.id };
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
