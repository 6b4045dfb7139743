import type { FieldRule } from 'vant'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { isValidMileage, isValidPlate, isValidVehicleYear, isValidVin, VEHICLE_YEAR_MIN } from '@/utils/validators'

/** Vant form rules mirroring the server's checks of a vehicle. */
export function useVehicleRules() {
  const { t } = useI18n()
  const text = (key: string) => ({ required: true, message: t(key) })

  const plate = computed<FieldRule[]>(() => [
    text('validation.plateRequired'),
    { validator: (value: string) => isValidPlate(value), message: t('validation.plateInvalid') },
  ])
  const vin = computed<FieldRule[]>(() => [
    text('validation.vinRequired'),
    { validator: (value: string) => isValidVin(value), message: t('validation.vinInvalid') },
  ])
  const make = computed<FieldRule[]>(() => [text('validation.makeRequired')])
  const model = computed<FieldRule[]>(() => [text('validation.modelRequired')])
  const year = computed<FieldRule[]>(() => [
    text('validation.yearRequired'),
    {
      validator: (value: string) => isValidVehicleYear(Number(value)),
      message: t('validation.yearInvalid', { min: VEHICLE_YEAR_MIN, max: new Date().getFullYear() + 1 }),
    },
  ])
  const mileage = computed<FieldRule[]>(() => [
    text('validation.mileageRequired'),
    { validator: (value: string) => isValidMileage(Number(value)), message: t('validation.mileageInvalid') },
  ])

  return { plate, vin, make, model, year, mileage }
}
