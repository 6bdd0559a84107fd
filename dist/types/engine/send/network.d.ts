import type { FetchLike } from './exchange.js';
export declare const networkFetch: FetchLike;
