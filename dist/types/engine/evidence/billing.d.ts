export interface Balance {
    amount: number;
    currency: string;
}
/**
 * The billing endpoint lives beside the API version: a trailing `/v1` of the base URL becomes
 * `/v2/billing`; any other base URL uses its origin.
 */
export declare function billingUrl(baseUrl: string): string;
export declare function parseBalance(json: unknown): Balance | null;
