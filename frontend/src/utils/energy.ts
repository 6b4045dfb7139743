import type { EnergyType, FuelLevel } from '@/api/types'

// What moves a car decides what reception reads: a fuel gauge (petrol, diesel, hybrid) or an EV's battery.

export const ENERGY_TYPES: readonly EnergyType[] = ['PETROL', 'DIESEL', 'HYBRID', 'EV']

/** An EV's charge is read in per cent: the gauge's quarters as the charge they stand for. */
export const BATTERY_PERCENT: Record<FuelLevel, number> = { EMPTY: 0, QUARTER: 25, HALF: 50, THREE_QUARTERS: 75, FULL: 100 }

/** True when the car has a battery gauge rather than a fuel gauge (unknown: a fuel gauge, as before types existed). */
export const readsBattery = (energyType: EnergyType | null | undefined) => energyType === 'EV'
