import { describe, expect, it } from 'vitest'
import { BOM, csvBlob, csvCell, toCsv } from '@/utils/csv'

describe('CSV for Excel', () => {
  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('他说"好"')).toBe('"他说""好"""')
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"')
    expect(csvCell('cr\r')).toBe('"cr\r"')
  })

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvCell('+86 138')).toBe("'+86 138")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell(-6)).toBe('-6') // numbers are numbers
  })

  it('writes numbers plainly and leaves empty what has no value', () => {
    expect(csvCell(94.74)).toBe('94.74')
    expect(csvCell(0)).toBe('0')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('ends every row with CRLF', () => {
    expect(toCsv([['指标', '数值'], ['客户满意度', 85.1]])).toBe('指标,数值\r\n客户满意度,85.1\r\n')
  })

  it('starts the file with the UTF-8 byte-order mark, so that Excel reads the Chinese right', async () => {
    const blob = csvBlob([['服务顾问', '王芳']])
    expect(blob.type).toBe('text/csv;charset=utf-8')
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`${BOM}服务顾问,王芳\r\n`)
  })
})
