/** Who speaks at the top level of a body. */
type Voice = 'gateway' | 'relayed' | 'text' | 'html' | 'empty';
/** One message or code, and whether it came from a relayed provider's body. */
export interface Said {
    text: string;
    /** Spoken by a provider the gateway relays: its error shape, or a body quoted in a message. */
    relayed: boolean;
    /** Quoted inside another body (a message's JSON, OpenRouter's `metadata.raw`). */
    quoted: boolean;
}
export interface ReadBody {
    voice: Voice;
    /** Messages, outermost first. */
    messages: Said[];
    /** Codes, types, names and statuses, as strings. */
    codes: Said[];
    requestId: string;
    /** The `<title>` of an HTML page. */
    htmlTitle: string;
    /** A status written inside the body (`statusCode`, `error.code`), for 2xx bodies that carry an error. */
    innerStatus: number | undefined;
    /** The body's length: "empty" is said only of none. */
    bytes: number;
}
export declare function isHtml(body: string): boolean;
export declare function readBody(raw: string): ReadBody;
/** The `<title>` of an HTML page, on one line, or ''. */
export declare function htmlTitle(html: string): string;
/** A page's title as a message adds it: ` ("502: Bad gateway")`, cut; '' when there is none. */
export declare function titleNote(title: string): string;
export {};
