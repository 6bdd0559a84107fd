export const id = 541;
export const ids = [541];
export const modules = {

/***/ 1541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentOnPullRequest: () => (/* binding */ commentOnPullRequest)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/render/attempts.ts
var attempts = __webpack_require__(8648);
// EXTERNAL MODULE: ./src/render/text.ts
var render_text = __webpack_require__(893);
// EXTERNAL MODULE: ./src/engine/categories.ts
var categories = __webpack_require__(5460);
;// CONCATENATED MODULE: ./src/github/comment.ts



/** GitHub refuses comment bodies of 65,536 characters or more. */
const COMMENT_LIMIT = 65_536;
/** The identity of the workflow's own `GITHUB_TOKEN`. */
const ACTIONS_BOT = 'github-actions[bot]';
/** A bound on the pages read to find our comment. */
const MAX_PAGES = 50;
const PER_PAGE = 100;
function commentState(body) {
    return /^### (❌|⚠️) AIML model probe:/m.test(body) ? 'problem' : 'ok';
}
function marker(model) {
    return `<!-- aiml-model-probe:${model} -->`;
}
/**
 * What to do with the PR comment. `on-problem` posts while the model is unavailable and, once it
 * answers again, turns an earlier alarm into a resolved note rather than leaving it stale; a
 * comment that already says all is well is left alone. `always` also keeps a healthy note.
 */
function decideCommentAction(mode, report, earlier) {
    if (mode === 'never')
        return 'skip';
    if (!report.available)
        return 'upsert';
    if (earlier === 'problem')
        return 'resolve';
    return mode === 'always' && earlier === null ? 'upsert' : 'skip';
}
function renderComment(report, outcome, diagnosis, context) {
    const lines = [marker(report.configuredModel)];
    if (report.available) {
        lines.push(`### ✅ AIML model probe: ${(0,render_text/* code */.aY)(report.configuredModel)} answers`, '');
        lines.push(diagnosis.headline, '');
    }
    else {
        const icon = outcome === 'fail' ? '❌' : '⚠️';
        const info = (0,categories/* categoryInfo */.HN)(report.errorCategory || 'unknown');
        lines.push(`### ${icon} AIML model probe: ${(0,render_text/* code */.aY)(report.configuredModel)} is not available`, '');
        lines.push(`**${info.title}** (${(0,render_text/* code */.aY)(report.errorCategory || 'unknown')}): ${(0,render_text/* escapeInline */.VV)(report.errorMessage, 500)}`, '');
        lines.push(diagnosis.explanation, '');
        if (diagnosis.evidence)
            lines.push(`<sub>${diagnosis.evidence}</sub>`, '');
        if (report.model) {
            lines.push(`**Use now:** ${(0,render_text/* code */.aY)(report.model)}`, '');
            lines.push(...snippet(report.configuredModel, report.model), '');
        }
        if (diagnosis.steps.length > 0) {
            lines.push('**What to do**', '');
            diagnosis.steps.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
            lines.push('');
        }
        if (diagnosis.supportMessage) {
            lines.push('<details><summary>Message for AIML support</summary>', '');
            lines.push('```text', (0,render_text/* escapeCodeBlock */.Og)(diagnosis.supportMessage), '```', '', '</details>', '');
        }
    }
    lines.push('<details><summary>Attempts</summary>', '');
    lines.push((0,attempts/* attemptsMarkdown */.sA)(report.attempts), '');
    lines.push(`Balance: ${(0,attempts/* balanceLine */.bJ)(report)}`, '', '</details>', '');
    lines.push(footer(context));
    return fitComment(lines.join('\n'), report.configuredModel, context);
}
/** The earlier alarm, turned into a resolved note. */
function renderResolved(report, diagnosis, context) {
    return [
        marker(report.configuredModel),
        `### ✅ Resolved: ${(0,render_text/* code */.aY)(report.configuredModel)} answers again`,
        '',
        `${diagnosis.headline} Checked at ${context.now}.`,
        '',
        '<details><summary>Attempts</summary>',
        '',
        (0,attempts/* attemptsMarkdown */.sA)(report.attempts),
        '',
        '</details>',
        '',
        footer(context)
    ].join('\n');
}
/** The change a codebase would make: the model constant, before and after. */
function snippet(from, to) {
    return ['```diff', `- AIML_MODEL=${from}`, `+ AIML_MODEL=${to}`, '```'];
}
function footer(context) {
    return `<sub>[Workflow run](${context.runUrl}) · AIML model probe</sub>`;
}
/** Under GitHub's limit whatever the API said: the attempts table is what gives way. */
function fitComment(body, model, context) {
    if (body.length < COMMENT_LIMIT)
        return body;
    const note = `\n\n_(cut to fit GitHub's comment size; the full report is in the [job summary](${context.runUrl}))_\n`;
    const head = body.slice(0, COMMENT_LIMIT - note.length - 1000);
    const cut = head.slice(0, head.lastIndexOf('\n'));
    // The marker opens the body; make sure cutting never loses it.
    return (cut.startsWith(marker(model)) ? cut : `${marker(model)}\n${cut}`) + note;
}
/**
 * The login our comments carry. The workflow token writes as `github-actions[bot]` and cannot
 * ask GraphQL who it is; another token (a PAT, an app's) can, and an app's login gets `[bot]`.
 */
async function tokenLogin(octokit, signal) {
    try {
        const { viewer } = await octokit.graphql('query { viewer { login __typename } }', { request: { signal } });
        return viewer.__typename === 'Bot' && !viewer.login.endsWith('[bot]')
            ? `${viewer.login}[bot]`
            : viewer.login;
    }
    catch {
        return ACTIONS_BOT;
    }
}
/** Our earlier comment on this PR: our marker, our author, on any page. */
async function findComment(octokit, pr, model, login, signal) {
    const tag = marker(model);
    // Page by page rather than octokit.paginate, whose iterator drops the request's abort signal.
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await octokit.rest.issues.listComments({
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            per_page: PER_PAGE,
            page,
            request: { signal }
        });
        const ours = data.find(c => c.user?.login === login && (c.body ?? '').startsWith(tag));
        if (ours)
            return { id: ours.id, body: ours.body ?? '' };
        if (data.length < PER_PAGE)
            break;
    }
    return null;
}
async function createComment(octokit, pr, body, signal) {
    const { data } = await octokit.rest.issues.createComment({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        body,
        request: { signal }
    });
    return data.id;
}
async function updateComment(octokit, pr, id, body, signal) {
    await octokit.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: id,
        body,
        request: { signal }
    });
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts
/**
 * Posts, updates or resolves the PR comment for this run. Loaded only when a comment may be due,
 * so runs on other events never pay for the GitHub client.
 */


/**
 * @param timeoutMs bounds the whole exchange with GitHub (the identity, the pages, the write),
 *   so a GitHub that does not answer cannot hold the step.
 */
async function commentOnPullRequest(mode, token, timeoutMs, report, outcome, diagnosis, redact) {
    const number = github/* context */._.payload.pull_request?.number;
    if (typeof number !== 'number')
        return { action: 'skip', commentId: null };
    if (token === '')
        throw new Error('`github-token` is empty.');
    const signal = AbortSignal.timeout(timeoutMs);
    const pr = { ...github/* context */._.repo, number };
    const octokit = (0,github/* getOctokit */.Q)(token);
    const login = await tokenLogin(octokit, signal);
    const earlier = await findComment(octokit, pr, report.configuredModel, login, signal);
    const action = decideCommentAction(mode, report, earlier ? commentState(earlier.body) : null);
    const commentContext = {
        runUrl: `${github/* context */._.serverUrl}/${pr.owner}/${pr.repo}/actions/runs/${github/* context */._.runId}`,
        now: report.startedAt
    };
    if (action === 'skip')
        return { action, commentId: earlier?.id ?? null };
    const body = redact(action === 'resolve'
        ? renderResolved(report, diagnosis, commentContext)
        : renderComment(report, outcome, diagnosis, commentContext));
    if (earlier) {
        await updateComment(octokit, pr, earlier.id, body, signal);
        return { action, commentId: earlier.id };
    }
    return { action, commentId: await createComment(octokit, pr, body, signal) };
}


/***/ })

};
