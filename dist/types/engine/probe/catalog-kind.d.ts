/**
 * What kind of model the catalog says an ID is, so that an unprefixed image or embedding model
 * that was asked as chat is asked again at its own endpoint.
 *
 * AIML's `type` is "the endpoint type this model is served through" (models-catalogue.md):
 * `chat-completion`, `image`, `embedding`, `video`, … (complete-model-list.md). Other gateways
 * and older entries spell it otherwise, or carry only `endpoints`, so both are read.
 */
import { type Catalog } from '../evidence/catalog.js';
import type { ProbedKind } from '../read/kinds.js';
import type { ModelResult } from './probe.js';
export interface KindCheck {
    kind: ProbedKind;
    /** The configured model's answer: asked again as the catalog's kind when that differed. */
    configured: ModelResult;
    /** The chat answer that led to asking again, else null. */
    asChat: ModelResult | null;
    catalog: Catalog | null;
    /** The catalog was waited for as long as a model-not-found wants: not again. */
    catalogWaited: boolean;
}
/**
 * Asked as chat by default and refused as a wrong kind would be: the catalog may say it is an
 * image or an embedding model. Then it is asked again as that kind (and its fallbacks follow as
 * that kind only if it fails there too: an image costs real money).
 */
export declare function checkKind(spec: {
    model: string;
    kind?: ProbedKind;
    kindDeclared?: boolean;
}, first: ModelResult, catalog: {
    wait: () => Promise<Catalog | null>;
    glance: () => Promise<Catalog | null>;
}, ask: (kind: ProbedKind) => Promise<ModelResult>): Promise<KindCheck>;
