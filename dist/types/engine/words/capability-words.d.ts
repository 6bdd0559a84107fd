import type { Diagnosis } from './diagnose.js';
import type { Report } from '../decide/report.js';
export declare function withCapabilityWords(report: Report, diagnosis: Diagnosis, keyHint: string): Diagnosis;
