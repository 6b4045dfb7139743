// Only what the trend charts draw: lines, the grid, a tooltip and the target's mark line, on a canvas. Imported
// by the chart component alone, which its pages load on demand: nobody else downloads ECharts.
import { LineChart, type LineSeriesOption } from 'echarts/charts'
import { GridComponent, MarkLineComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components'
import { use, type ComposeOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([LineChart, GridComponent, MarkLineComponent, TooltipComponent, CanvasRenderer])

export type TrendChartOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption>
