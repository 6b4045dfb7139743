import { useI18n } from 'vue-i18n'
import type { ComplaintStepView } from '@/api/types'
import { useFormat } from './useFormat'

/**
 * A complaint step's facts (typed fields from the API: channel, team, why the owner is the owner, the person named,
 * priorities, the alarm, the remedy, the rating) as sentences in the reader's language: never the codes themselves.
 */
export function useComplaintStepWords() {
  const { t, te } = useI18n()
  const format = useFormat()

  function lines(step: ComplaintStepView): string[] {
    const f = step.facts
    if (!f) return []
    const out: string[] = []
    if (f.channel && f.team) {
      out.push(t('complaint.facts.filedVia', { channel: format.complaintChannelName(f.channel), team: format.teamName(f.team) }))
    } else if (f.channel) {
      out.push(t('complaint.facts.addedVia', { channel: format.complaintChannelName(f.channel) }))
    }
    if (f.routing && f.person) out.push(t(`complaint.routing.${f.routing}`, { person: f.person, subject: f.subject ?? '' }))
    else if (f.person && !f.remedyKind) out.push(t('complaint.facts.owner', { person: f.person }))
    if (f.subject && f.routing !== 'AWAY_FROM_SUBJECT') out.push(t('complaint.facts.subject', { subject: f.subject }))
    if (f.priority) {
      out.push(
        f.priorityBefore
          ? t('complaint.facts.priorityChanged', { before: format.priorityName(f.priorityBefore), after: format.priorityName(f.priority) })
          : t('complaint.facts.priority', { priority: format.priorityName(f.priority) }),
      )
    }
    if (f.alarm) {
      const key = `notifications.kinds.${f.alarm}.title`
      out.push(te(key) ? t(key) : t('complaint.action.ESCALATED'))
    }
    if (f.remedyKind) {
      out.push(
        f.person
          ? t('complaint.facts.remedyBy', { remedy: format.remedyName(f.remedyKind), detail: f.remedyDetail ?? '', person: f.person })
          : t('complaint.facts.remedy', { remedy: format.remedyName(f.remedyKind), detail: f.remedyDetail ?? '' }),
      )
    }
    if (f.satisfaction != null) out.push(t('complaint.facts.satisfaction', { n: f.satisfaction }))
    return out
  }

  return { lines }
}
