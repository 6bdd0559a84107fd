export interface CatalogEntry {
    id: string;
    aliases: string[];
    type: string;
    /** Older entries name the endpoints the model is served at instead of a `type`. */
    endpoints: string[];
    name: string;
    capabilities?: string[];
}
export type Catalog = readonly CatalogEntry[];
/**
 * A model ID as the catalog writes them. Inputs are held to it, and so is the catalog itself:
 * its IDs are API text that the diagnosis prints as code, so anything else is dropped.
 */
export declare const MODEL_ID: RegExp;
/** Accepts a bare array or `{data: [...]}`; entries without a string `id` are skipped. */
export declare function parseCatalog(json: unknown): Catalog | null;
/** The entry that answers to this ID, as its canonical ID or one of its aliases. */
export declare function findModel(catalog: Catalog, modelId: string): CatalogEntry | undefined;
/**
 * The other names of the configured model, to try when the configured one is refused: the
 * canonical ID first, then the aliases in catalog order.
 */
export declare function otherNames(catalog: Catalog, modelId: string): string[];
/** The most catalog names the did-you-mean compares in full, however large the catalog. */
export declare const MAX_COMPARED = 200;
/** The nearest catalog IDs by edit distance, for "did you mean". */
export declare function suggestModels(catalog: Catalog, modelId: string, count?: number): string[];
/**
 * The nearest catalog IDs, and how many names were compared in full (the work, bounded by
 * MAX_COMPARED). A name is a candidate when its length, or its tail's (after the last `/`),
 * is within the limit of the typo's: an edit distance is never below the difference in length.
 * Candidates are ranked by the trigrams they share with the typo, a pass over every name that
 * costs a lookup per character and allocates nothing; only the best MAX_COMPARED get a banded
 * edit distance.
 */
export declare function nearestModels(catalog: Catalog, modelId: string, count?: number): {
    ids: string[];
    compared: number;
};
/**
 * Levenshtein distance, two rows. With `max`, only the band of cells that can stay within it is
 * computed, and the answer is `max + 1` as soon as the distance is known to exceed it.
 */
export declare function editDistance(a: string, b: string, max?: number): number;
