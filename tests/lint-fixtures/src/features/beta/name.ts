/** Beta's own text. */
export const betaName = 'beta';
