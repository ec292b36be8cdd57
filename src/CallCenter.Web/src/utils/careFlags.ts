import { careFlagValues, type CareFlag, type CareFlagsWire } from '../api/types';

const bits: Record<CareFlag, number> = {
  ElderlyLivingAlone: 1,
  Disabled: 2,
  Infant: 4,
  SeriouslyIll: 8,
  LowIncome: 16,
  RepeatComplainant: 32,
};

/** The server sends a [Flags] enum as "ElderlyLivingAlone, Infant" (or "None"); accept a number too. */
export function parseCareFlags(value: CareFlagsWire): CareFlag[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'number') return careFlagValues.filter((f) => (value & bits[f]) !== 0);
  if (/^\d+$/.test(value.trim())) return parseCareFlags(Number(value));
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is CareFlag => (careFlagValues as string[]).includes(s));
}

/** Back to the wire: "None" when empty, else the names joined the way System.Text.Json writes them. */
export function formatCareFlags(flags: CareFlag[] | undefined): string {
  return flags && flags.length > 0 ? flags.join(', ') : 'None';
}
