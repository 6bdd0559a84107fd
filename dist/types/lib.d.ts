/**
 * What `import('aiml-model-probe')` gives a script: the check the action and the CLI both run,
 * with neither front end around it. Importing it runs nothing: no inputs are read, nothing is
 * printed, no request is sent until `runCheck` is called.
 *
 *   const check = await runCheck(parseSettings({ 'api-key': key, model: 'gpt-4o' }))
 *   check.verdict, check.models[0].report.status, check.models[0].diagnosis.headline
 */
export { reportDocument, runCheck } from './engine/check/check.js';
export type { Check, CheckConfig, ModelCheck } from './engine/check/check.js';
export type { Diagnosis } from './engine/words/diagnose.js';
export type { Report, Status } from './engine/decide/report.js';
export type { Verdict } from './engine/decide/verdict.js';
export { INPUT_NAMES, parseSettings, SettingsError } from './settings/settings.js';
export type { InputName, RawInputs, Settings } from './settings/settings.js';
