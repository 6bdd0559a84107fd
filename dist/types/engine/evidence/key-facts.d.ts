/**
 * The key's own facts: AIML answers `GET {origin}/v1/key` with the key itself, free. Whether it
 * is disabled, what it may call and its own spending limit settle refusals the words cannot
 * (SPEC.md, Version 3, "The key's own facts"): a key whose monthly limit is used up while the
 * account holds money is not an empty account.
 *
 * Read strictly: a field of the wrong type, an unknown retention or a prefix that is not a key's
 * makes the whole answer unread, and an unread answer changes nothing.
 */
import { z } from 'zod';
import type { Category } from '../classify/categories.js';
import type { ProbedKind } from '../read/kinds.js';
import type { Concern } from '../classify/rules.js';
declare const KEY: z.ZodObject<{
    disabled: z.ZodBoolean;
    prefix: z.ZodString;
    scopes: z.ZodReadonly<z.ZodArray<z.ZodString>>;
    limit: z.ZodObject<{
        retention: z.ZodEnum<{
            no_reset: "no_reset";
            day: "day";
            week: "week";
            month: "month";
        }>;
        threshold: z.ZodNullable<z.ZodNumber>;
    }, z.core.$strip>;
    monthly_usage: z.ZodNumber;
}, z.core.$strip>;
export type KeyFacts = z.infer<typeof KEY>;
/** What the key's facts found against a refusal. */
export type KeyFinding = 'disabled' | 'scopes' | 'limit';
/** `{origin}/v1/key`, whatever path the base URL has. */
export declare function keyUrl(baseUrl: string): string;
export declare function parseKeyFacts(json: unknown): KeyFacts | null;
/**
 * The prefix as we may show it. AIML's `prefix` names the key by its first characters; more than
 * `SHOWN_KEY_CHARS` of them are a piece of the key that the redactor hides wherever it appears,
 * so every line about the key would read `***…`. Cut as the support message's hint is, when the
 * key starts with it.
 */
export declare function shownPrefix(facts: KeyFacts, apiKey: string): KeyFacts;
/** Whether the key's scopes leave something out. */
export declare function scopesLimited(facts: KeyFacts): boolean;
/** The scope a kind of model needs. */
export declare const SCOPE_OF: Readonly<Record<ProbedKind, string>>;
/** Whether the key's facts could change this refusal's reading, so they are worth waiting for. */
export declare function wantsKeyFacts(refusal: {
    category: Category;
}): boolean;
/** What the key's facts say of a refusal: a finding and its category, or null (the text decides). */
export declare function weighKey(refusal: {
    category: Category;
    concern: Concern | null;
}, facts: KeyFacts | null, kind: ProbedKind): {
    finding: KeyFinding;
    category: Category;
} | null;
/** A monthly limit with a threshold, reached. Another retention: the text decides. */
export declare function limitUsedUp(facts: KeyFacts): boolean;
export {};
