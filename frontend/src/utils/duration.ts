/**
 * A configured limit as the server sends it (ISO-8601: `PT15M`, `PT1H`, `PT72H`, `P3D`) said in the reader's
 * language, as the server's own texts say it (common/Durations): three whole days and more in days, whole hours in
 * hours ("24 小时内答复", never "1 天"), anything else in minutes — "15 分钟", "1 小时", "3 天", "90 minutes". Null for anything that is not such a duration.
 */
export function formatDuration(iso: string, locale: string): string | null {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso.trim())
  if (!m || !/\d/.test(iso)) return null
  const minutes = Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) + Math.floor(Number(m[4] ?? 0) / 60)
  const zh = locale.toLowerCase().startsWith('zh')
  const say = (n: number, zhUnit: string, enUnit: string) => (zh ? `${n} ${zhUnit}` : `${n} ${enUnit}${n === 1 ? '' : 's'}`)
  if (minutes >= 3 * 1440 && minutes % 1440 === 0) return say(minutes / 1440, '天', 'day')
  if (minutes > 0 && minutes % 60 === 0) return say(minutes / 60, '小时', 'hour')
  return say(minutes, '分钟', 'minute')
}
