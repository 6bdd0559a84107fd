/**
 * The `dashboard` input's words: `auto` keeps the dashboard on `schedule` and `workflow_dispatch`
 * runs only (the watch), `on` on every run, `never` on none. Free of GitHub, so the settings (and
 * the CLI through them) need nothing of it.
 */
export declare const DASHBOARD_MODES: readonly ["auto", "on", "never"];
export type DashboardMode = (typeof DASHBOARD_MODES)[number];
/** Whether this run writes the dashboard at all. */
export declare function dashboardWanted(mode: DashboardMode, eventName: string | undefined): boolean;
