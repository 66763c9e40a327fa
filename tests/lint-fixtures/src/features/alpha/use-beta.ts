// Wrong on purpose: a feature reaching into another feature.
import { betaName } from '../beta/name';

/** Alpha's text, built from beta's. */
export const alphaName = `alpha ${betaName}`;
