import type { PartView, StockCountRequest } from '@/api/partsTypes'
import { parseQuantity, subQ } from './parts'

/** A stock count (盘点) as typed: the parts picked, what the shelf holds, and why it differs from the books. */

export interface CountDraftLine {
  part: Pick<PartView, 'id' | 'partNumber' | 'nameZh' | 'nameEn' | 'unit' | 'location'>
  /** On hand by the books when the part was picked (the server takes it again at the count). */
  expected: number
  counted: string
  reason: string
}

export const countLineOf = (part: PartView): CountDraftLine => ({
  part: { id: part.id, partNumber: part.partNumber, nameZh: part.nameZh, nameEn: part.nameEn, unit: part.unit, location: part.location },
  expected: part.stock.onHand,
  counted: '',
  reason: '',
})

/** counted - expected while the counted quantity is a number, else null. Shown live as it is typed. */
export function countDifference(line: CountDraftLine): number | null {
  const counted = parseQuantity(line.counted, line.part.unit, true)
  return counted === null ? null : subQ(counted, line.expected)
}

export type CountIssue = 'counted' | 'reason'

/** What keeps a line from being sent: no (valid) count, or a difference without its reason. */
export function countIssue(line: CountDraftLine): CountIssue | null {
  const difference = countDifference(line)
  if (difference === null) return 'counted'
  if (difference !== 0 && !line.reason.trim()) return 'reason'
  return null
}

export const countIssues = (lines: readonly CountDraftLine[]) => lines.map(countIssue)

/** Adds a part once (a second scan of the same part keeps the first line, with what is typed on it). */
export function addCountLine(lines: readonly CountDraftLine[], part: PartView): CountDraftLine[] {
  return lines.some((l) => l.part.id === part.id) ? [...lines] : [...lines, countLineOf(part)]
}

/** Totals for the bar: lines, lines that differ, and whether all are ready. */
export function countSummary(lines: readonly CountDraftLine[]) {
  const differences = lines.map(countDifference)
  return {
    lines: lines.length,
    differing: differences.filter((d) => d !== null && d !== 0).length,
    ready: lines.length > 0 && lines.every((l) => countIssue(l) === null),
  }
}

/** The request: a reason only where the count differs (it is noise otherwise). */
export function countRequestOf(lines: readonly CountDraftLine[], note: string): StockCountRequest {
  return {
    note: note.trim() || null,
    lines: lines.map((l) => {
      const counted = parseQuantity(l.counted, l.part.unit, true) ?? 0
      const differs = subQ(counted, l.expected) !== 0
      return { partId: l.part.id, counted, reason: differs ? l.reason.trim() : null }
    }),
  }
}
