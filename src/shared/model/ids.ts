/**
 * The id patterns of the data, each in one place: the schemas check records with them, the URL
 * and the embed check what a link carries, the pipeline checks the boundary files.
 */

/** CBS gemeentecode, e.g. GM0363. */
export const GEMEENTE_CODE = /^GM\d{4}$/;

/** CBS provinciecode, e.g. PV27. */
export const PROVINCE_CODE = /^PV\d{2}$/;

/** Our own record ids (places, services, evidence): kebab-case, stable in URLs and files. */
export const RECORD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
