// Names for the parts contract's schemas (issue 14). Derived from the generated file, never written by hand; kept
// beside types.ts rather than in it so that the parts desk's names travel together.
import type { components } from './schema'

type Schemas = components['schemas']

export type PartOrigin = Schemas['PartOrigin']
export type PartUnit = Schemas['PartUnit']
export type SupplyState = Schemas['SupplyState']
export type MovementKind = Schemas['MovementKind']
export type PurchaseOrderStatus = Schemas['PurchaseOrderStatus']
export type SuggestionReason = Schemas['SuggestionReason']

export type StockView = Schemas['StockView']
export type PartSupplierView = Schemas['PartSupplierView']
export type PartView = Schemas['PartView']
export type PartSupplierRequest = Schemas['PartSupplierRequest']
export type PartRequest = Schemas['PartRequest']
export type ScrapRequest = Schemas['ScrapRequest']
export type SupplierView = Schemas['SupplierView']
export type StockMovementView = Schemas['StockMovementView']
export type IssueItemView = Schemas['IssueItemView']
export type LineSupplyView = Schemas['LineSupplyView']
export type WaitingLineView = Schemas['WaitingLineView']
export type ShortageView = Schemas['ShortageView']
export type PurchaseOrderSupplier = Schemas['PurchaseOrderSupplier']
export type PurchaseOrderLineView = Schemas['PurchaseOrderLineView']
export type PurchaseOrderView = Schemas['PurchaseOrderView']
export type PurchaseOrderLineRequest = Schemas['PurchaseOrderLineRequest']
export type PurchaseOrderRequest = Schemas['PurchaseOrderRequest']
export type PurchaseSuggestionView = Schemas['PurchaseSuggestionView']
export type ReceiptLineRequest = Schemas['ReceiptLineRequest']
export type ReceiptRequest = Schemas['ReceiptRequest']
export type ReceiptLineView = Schemas['ReceiptLineView']
export type ReceiptView = Schemas['ReceiptView']
export type StockCountLineRequest = Schemas['StockCountLineRequest']
export type StockCountRequest = Schemas['StockCountRequest']
export type StockCountLineView = Schemas['StockCountLineView']
export type StockCountView = Schemas['StockCountView']

/** A part's names, as every parts view carries them. */
export interface PartNames {
  nameZh: string
  nameEn?: string | null
}

/** Whom a receipt names as its inspector: an active INSPECTOR (GET /api/v1/purchase-orders/inspectors). */
export interface InspectorView {
  id: string
  name: string
}
