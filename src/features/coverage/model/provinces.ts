import type { Gemeente } from '../../../shared/model/schema';

export interface Province {
  code: string;
  name: string;
}

/** The provinces that occur in the gemeenten, sorted by name, for the province filter. */
export function provinceList(
  gemeenten: readonly Pick<Gemeente, 'provinceCode' | 'provinceName'>[],
): Province[] {
  const byCode = new Map<string, string>();
  for (const g of gemeenten) byCode.set(g.provinceCode, g.provinceName);
  return [...byCode]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
