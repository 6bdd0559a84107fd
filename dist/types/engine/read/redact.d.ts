/**
 * Redaction of the API key from text that leaves the action. A server may echo the key (or part
 * of it) in an error body or a header, so exact matching is not enough: any run of 10 or more
 * characters of the key is replaced, wherever it stands. Every outbound text passes through
 * here, so this is also the safety net that strips control characters from it.
 */
import { type NetOptions } from './api-text.js';
export type Redactor = (text: string) => string;
export declare const REDACTED = "***";
export declare function createRedactor(secret: string, options?: NetOptions): Redactor;
/**
 * Sent as the key to a loopback base URL when none is set (the CLI against the simulator): no
 * real key to hint at in the support message.
 */
export declare const LOOPBACK_KEY = "no-key-for-loopback";
/** The hint when no key was sent, which the diagnosis reads as "no key". */
export declare const LOOPBACK_HINT = "(no key: a loopback server)";
/** How many of the key's first characters may ever be shown: fewer than a redacted piece. */
export declare const SHOWN_KEY_CHARS = 8;
/** The first characters of the key that a support request may show. */
export declare function keyHint(secret: string): string;
/** Quotes a user's value for an error message, cut so a pasted secret cannot fill the log. */
export declare function quote(value: string): string;
