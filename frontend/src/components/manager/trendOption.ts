import type { KpiStatus, KpiUnit } from '@/api/types'
import type { TrendChartOption } from './echarts'

/** A point of an indicator's trend: one month or week. */
export interface TrendPoint {
  /** The axis label: "7月", "11/24" */
  label: string
  /** Its tooltip title: "2026年7月", "11月24日 – 11月30日" */
  title: string
  value: number | null
  status: KpiStatus
}

/** Vant's colours as hex: a canvas cannot read CSS variables. */
const COLORS = { line: '#1f6feb', GREEN: '#07c160', AMBER: '#ff976a', RED: '#ee0a24', NONE: '#969799', target: '#07c160', axis: '#969799', split: '#ebedf0' }

/** Bounded scales (shares and scores) from 0 to 100, zoomed to where the values and the target are. */
function yRange(values: number[], target: number | null, unit: KpiUnit): { min?: number; max?: number } {
  if (unit !== 'PERCENT' && unit !== 'SCORE') return {}
  const all = target == null ? values : [...values, target]
  if (!all.length) return { min: 0, max: 100 }
  const low = Math.min(...all)
  return { min: Math.max(0, Math.floor((low - 5) / 10) * 10), max: 100 }
}

/**
 * The option of a line of an indicator over time, the points coloured by their verdict, the target as a dashed
 * mark line; a gap where nothing was counted.
 */
export function trendOption(
  points: readonly TrendPoint[],
  target: number | null | undefined,
  unit: KpiUnit,
  texts: { value: (v: number) => string; axis: (v: number) => string; target: string },
): TrendChartOption {
  const values = points.map((p) => p.value).filter((v): v is number => v != null)
  const range = yRange(values, target ?? null, unit)
  return {
    animationDuration: 300,
    grid: { left: 4, right: 12, top: 24, bottom: 4, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params]
        const first = list[0]
        const point = first ? points[first.dataIndex] : undefined
        if (!point) return ''
        return `${point.title}<br/><b>${point.value == null ? '—' : texts.value(point.value)}</b>`
      },
    },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.label),
      boundaryGap: false,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: COLORS.split } },
      axisLabel: { color: COLORS.axis, fontSize: 11 },
    },
    yAxis: {
      type: 'value',
      ...range,
      scale: range.min === undefined,
      splitNumber: 4,
      axisLabel: { color: COLORS.axis, fontSize: 11, formatter: (v: number) => texts.axis(v) },
      splitLine: { lineStyle: { color: COLORS.split } },
    },
    series: [
      {
        type: 'line',
        data: points.map((p) => ({ value: p.value ?? '-', itemStyle: { color: COLORS[p.status] } })),
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 8,
        lineStyle: { width: 2, color: COLORS.line },
        ...(target == null
          ? {}
          : {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed', color: COLORS.target, width: 1.5 },
                label: { formatter: texts.target, position: 'insideStartTop', color: COLORS.target, fontSize: 11 },
                data: [{ yAxis: target }],
              },
            }),
      },
    ],
  }
}
