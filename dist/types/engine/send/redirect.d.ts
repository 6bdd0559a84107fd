/**
 * Redirects are never followed: the key in the Authorization header would travel to a host
 * nobody configured (fetch drops it only across origins, and only lately). The transport asks
 * fetch not to follow; the classifier calls any 3xx a bad request with these words.
 */
export declare function isRedirect(status: number): boolean;
/**
 * Names the target by its origin only: the path and query may carry a token or a key, and
 * user info is dropped by `origin` itself. Status 0 is an opaque redirect (fetch as browsers
 * do it hides the status and the target).
 */
export declare function redirectMessage(status: number, location: string | undefined): string;
