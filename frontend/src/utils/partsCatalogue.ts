import type { MovementKind, PartOrigin, PartRequest, PartUnit, PartView } from '@/api/partsTypes'
import { parseDecimal } from './money'

/** The catalogue's part form as typed, and the ledger as read. */

export const ORIGINS: readonly PartOrigin[] = ['GENUINE', 'CERTIFIED']
export const UNITS: readonly PartUnit[] = ['PIECE', 'SET', 'LITRE', 'BOTTLE', 'METRE']
export const MOVEMENT_KINDS: readonly MovementKind[] = ['RECEIVED', 'RESERVED', 'RELEASED', 'ISSUED', 'RETURNED', 'SCRAPPED', 'COUNTED']

/** Database limits (V19__parts.sql), so that the form refuses what the server would. */
export const PART_NUMBER_MAX = 40
export const PART_NAME_MAX = 120
export const BRAND_MAX = 60
export const LOCATION_MAX = 30

export interface SupplierDraft {
  supplierId: string
  leadTimeDays: string
  purchasePrice: string
  preferred: boolean
}

export interface PartDraft {
  partNumber: string
  nameZh: string
  nameEn: string
  brand: string
  origin: PartOrigin
  unit: PartUnit
  listPrice: string
  minStock: string
  warrantyMonths: string
  warrantyKm: string
  location: string
  active: boolean
  suppliers: SupplierDraft[]
}

export const emptyPartDraft = (): PartDraft => ({
  partNumber: '',
  nameZh: '',
  nameEn: '',
  brand: '',
  origin: 'GENUINE',
  unit: 'PIECE',
  listPrice: '',
  minStock: '0',
  warrantyMonths: '',
  warrantyKm: '',
  location: '',
  active: true,
  suppliers: [],
})

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))

export const partDraftOf = (part: PartView): PartDraft => ({
  partNumber: part.partNumber,
  nameZh: part.nameZh,
  nameEn: part.nameEn ?? '',
  brand: part.brand,
  origin: part.origin,
  unit: part.unit,
  listPrice: part.listPrice.toFixed(2),
  minStock: text(part.minStock),
  warrantyMonths: text(part.warrantyMonths),
  warrantyKm: text(part.warrantyKm),
  location: part.location ?? '',
  active: part.active,
  suppliers: part.suppliers.map((s) => ({
    supplierId: s.supplierId,
    leadTimeDays: String(s.leadTimeDays),
    purchasePrice: s.purchasePrice.toFixed(2),
    preferred: s.preferred,
  })),
})

const positiveInt = (value: string) => (/^\d+$/.test(value.trim()) && Number(value) > 0 ? Number(value) : null)

export type PartField =
  | 'partNumber'
  | 'nameZh'
  | 'nameEn'
  | 'brand'
  | 'listPrice'
  | 'minStock'
  | 'warrantyMonths'
  | 'warrantyKm'
  | 'location'
  | 'suppliers'

export const PART_FIELDS: readonly PartField[] = ['partNumber', 'nameZh', 'nameEn', 'brand', 'listPrice', 'minStock', 'warrantyMonths', 'warrantyKm', 'location', 'suppliers']

export type PartIssue = 'required' | 'number' | 'whole' | 'preferred' | 'supplier'

/** What the form refuses before sending, by field (the server has the last word and says it at the field too). */
export function partDraftIssues(d: PartDraft): Partial<Record<PartField, PartIssue>> {
  const issues: Partial<Record<PartField, PartIssue>> = {}
  if (!d.partNumber.trim()) issues.partNumber = 'required'
  if (!d.nameZh.trim()) issues.nameZh = 'required'
  if (!d.brand.trim()) issues.brand = 'required'
  if (parseDecimal(d.listPrice) === null) issues.listPrice = d.listPrice.trim() ? 'number' : 'required'
  if (parseDecimal(d.minStock) === null) issues.minStock = 'number'
  if (d.warrantyMonths.trim() && positiveInt(d.warrantyMonths) === null) issues.warrantyMonths = 'whole'
  if (d.warrantyKm.trim() && positiveInt(d.warrantyKm) === null) issues.warrantyKm = 'whole'
  if (d.suppliers.some((s) => positiveInt(s.leadTimeDays) === null || parseDecimal(s.purchasePrice) === null)) issues.suppliers = 'supplier'
  else if (d.suppliers.filter((s) => s.preferred).length > 1) issues.suppliers = 'preferred'
  return issues
}

export function partRequestOf(d: PartDraft): PartRequest {
  const optional = (value: string) => value.trim() || null
  return {
    partNumber: d.partNumber.trim(),
    nameZh: d.nameZh.trim(),
    nameEn: optional(d.nameEn),
    brand: d.brand.trim(),
    origin: d.origin,
    unit: d.unit,
    listPrice: parseDecimal(d.listPrice) ?? 0,
    minStock: parseDecimal(d.minStock) ?? 0,
    warrantyMonths: positiveInt(d.warrantyMonths),
    warrantyKm: positiveInt(d.warrantyKm),
    location: optional(d.location),
    active: d.active,
    suppliers: d.suppliers.map((s) => ({
      supplierId: s.supplierId,
      leadTimeDays: positiveInt(s.leadTimeDays) ?? 0,
      purchasePrice: parseDecimal(s.purchasePrice) ?? 0,
      preferred: s.preferred,
    })),
  }
}

/** Makes one supplier the preferred one (at most one per part, as the database says). */
export const preferOnly = (suppliers: readonly SupplierDraft[], supplierId: string): SupplierDraft[] =>
  suppliers.map((s) => ({ ...s, preferred: s.supplierId === supplierId }))
