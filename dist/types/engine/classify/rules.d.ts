/**
 * The classification policy: an ordered table of named rules, first match wins. Each rule says
 * what it looks at (status, codes, words, or a test over the whole body), the category it
 * decides, and where such a body was seen. A new rule is one entry; the corpus test
 * (__tests__/engine/classify.test.ts) runs every recorded body through this table.
 *
 * The table reads the text alone. The evidence stage (evidence.ts) may then weigh a refusal
 * about the account (`concern`): first against the key's own facts, `GET /v1/key` (KEY_RULES in
 * key-facts.ts: `disabled` and `scopes` are auth, a used-up monthly `limit` the key's own
 * credits), then against the balance and whether the same key reads it.
 */
import type { Said, ReadBody } from '../read/body.js';
import type { Category } from './categories.js';
/** What the table reads: the status and the body as body.ts gathered it. */
export interface Facts {
    status: number;
    body: ReadBody;
}
/** A refusal about the account: billing (balance, quota, plan) or the key. */
export type Concern = 'billing' | 'key';
/** What the probe should do or say besides the category. */
export type Hint = 'max-completion-tokens' | 'wrong-endpoint' | 'redirect';
interface Rule {
    name: string;
    category: Category;
    /** Where a body like this was seen (a URL), or the SPEC rule it implements. */
    source: string;
    status?: (status: number) => boolean;
    /** Codes and types that match by themselves, lower-case. */
    codes?: readonly string[];
    /** Words that match in any one message or code. */
    words?: RegExp;
    /** A further test over the whole body. */
    when?: (facts: Facts) => boolean;
    concern?: Concern;
    hint?: Hint;
}
export interface Match {
    rule: Rule;
    /** What the rule matched; empty for rules that test the status or the whole body. */
    matched: Said[];
}
export declare function firstMatch(facts: Facts): Match;
export {};
