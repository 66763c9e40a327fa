/** Used by main.ts. */
export const usedHelper = (n: number): number => n + 1;

/** Wrong on purpose: exported, imported nowhere. */
export const unusedHelper = (n: number): number => n - 1;
