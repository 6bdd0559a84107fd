/**
 * The `fail-on` input: the categories that fail the step, as a list of their names, or `all` or
 * `none` alone.
 */
import { type Category } from '../engine/classify/categories.js';
export declare function parseFailOn(value: string): Category[] | string;
