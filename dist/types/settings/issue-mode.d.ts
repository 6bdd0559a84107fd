/**
 * The `issue` input's words: `auto` writes tracking issues on `schedule` and `workflow_dispatch`
 * runs only (as `on-problem`), `on-problem` on every run, `never` on none. Here rather than in
 * github/, so the settings (and the CLI through them) need nothing of GitHub.
 */
export declare const ISSUE_MODES: readonly ["auto", "on-problem", "never"];
export type IssueMode = (typeof ISSUE_MODES)[number];
