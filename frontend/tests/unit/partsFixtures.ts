import type { CataloguePart } from '@/api/partsOnOrder'

// Catalogue entries as GET /api/v1/parts lists them, for the tests of parts on repair orders.

export function cataloguePart(overrides: Partial<CataloguePart> = {}): CataloguePart {
  return {
    id: 'p-1',
    partNumber: '5Q0698151B',
    nameZh: '前刹车片',
    nameEn: 'Front brake pads',
    brand: 'Volkswagen',
    origin: 'GENUINE',
    unit: 'SET',
    listPrice: 480,
    minStock: 2,
    warrantyMonths: 12,
    warrantyKm: 20000,
    location: 'A-01-03',
    active: true,
    stock: { onHand: 3, reserved: 1, available: 2, onOrder: 0, short: 0 },
    belowMinimum: false,
    suppliers: [
      { supplierId: 's-2', name: '华南配件', leadTimeDays: 5, purchasePrice: 300, preferred: false },
      { supplierId: 's-1', name: '众诚汽配', leadTimeDays: 2, purchasePrice: 310, preferred: true },
    ],
    ...overrides,
  }
}
