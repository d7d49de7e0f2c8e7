/**
 * The demo newsroom's own names for places of its seed story (see README, "Aliases"): its plugin options declare
 * them, and the evaluation and tests that load the seeds in memory use the same.
 */
export const DEMO_ALIASES: Record<string, string[]> = { Donbas: ['Donetsk', 'Luhansk'], Kremlin: ['Moscow'] }
