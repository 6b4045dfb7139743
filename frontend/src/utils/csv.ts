/**
 * CSV files the manager opens in Excel: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark (without
 * it Excel reads UTF-8 as the local code page and the Chinese comes out garbled).
 */
export type CsvCell = string | number | boolean | null | undefined

/** U+FEFF, written first: Excel's sign that the file is UTF-8. */
export const BOM = '\uFEFF'

/** Text that a spreadsheet would run as a formula (=, +, -, @, or a tab/CR in front): kept as text. */
const FORMULA = /^[=+\-@\t\r]/

export function csvCell(value: CsvCell): string {
  if (value == null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = FORMULA.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Rows (the first one the header) as CSV text, without the BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

export function csvBlob(rows: readonly (readonly CsvCell[])[]): Blob {
  return new Blob([BOM + toCsv(rows)], { type: 'text/csv;charset=utf-8' })
}

/** Hands a file to the browser's download (nothing leaves the device). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function downloadCsv(rows: readonly (readonly CsvCell[])[], fileName: string): void {
  downloadBlob(csvBlob(rows), fileName)
}
