// Amounts as the SPA computes them: whole fen (cents), exactly as the server rounds; formatting is useFormat's.

/** Yuan to whole fen (cents); the contract's amounts have at most two decimals. */
export function toCents(yuan: number): number {
  return Math.round(yuan * 100)
}

/** quantity x unit price in fen, rounded half up as the server does (exact integer arithmetic). */
export function lineCents(quantity: number, unitPrice: number): number {
  const product = toCents(quantity) * toCents(unitPrice) // in 1/10000 yuan
  return product >= 0 ? Math.floor((product + 50) / 100) : -Math.floor((-product + 50) / 100)
}

export const sumCents = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/**
 * A decimal typed into a field ("12", "12.5", "12.50"): the number, or null when it is not a non-negative
 * number with at most two decimals.
 */
export function parseDecimal(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null
  const value = String(text).trim().replace(/,/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return null
  return Number(value)
}

/** A line's amount as typed (fen): quantity x unit price, or null while either is not a number. */
export function typedLineCents(line: { quantity: string; unitPrice: string }): number | null {
  const quantity = parseDecimal(line.quantity)
  const price = parseDecimal(line.unitPrice)
  return quantity === null || price === null ? null : lineCents(quantity, price)
}
