export interface Usage {
    promptTokens: number;
    completionTokens: number;
    totalTokens: number;
}
export type CompletionCheck = {
    ok: true;
    text: string;
    finishReason: string;
    usage: Usage | null;
} | {
    ok: false;
    category: 'invalid-response' | 'content-filter';
    message: string;
};
export declare function checkCompletion(status: number, body: string, json: unknown): CompletionCheck;
