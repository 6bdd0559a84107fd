/**
 * The `dashboard` input's words: `auto` keeps the dashboard on `schedule` and `workflow_dispatch`
 * runs only (the watch), `on` on every run, `never` on none. Free of GitHub, so the settings (and
 * the CLI through them) need nothing of it.
 */
export const DASHBOARD_MODES = ['auto', 'on', 'never'] as const
export type DashboardMode = (typeof DASHBOARD_MODES)[number]

/** The runs that are the watch: a push or a pull request is a deploy's check, not a watch. */
const WATCH_EVENTS: readonly string[] = ['schedule', 'workflow_dispatch']

/** Whether this run writes the dashboard at all. */
export function dashboardWanted(mode: DashboardMode, eventName: string | undefined): boolean {
  if (mode === 'never') return false
  return mode === 'on' || WATCH_EVENTS.includes(eventName ?? '')
}
