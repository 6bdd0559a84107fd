import type { FetchLike } from './transport.js';
export declare const networkFetch: FetchLike;
