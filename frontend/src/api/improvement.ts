import { api } from './client'
import { unwrap } from './problem'
import type { ImprovementRequest, ImprovementView } from './types'

/** Improvement actions (整改): all for managers, their own for other staff; open ones first. */
export function listImprovements(status?: 'OPEN' | 'DONE'): Promise<ImprovementView[]> {
  return unwrap(api.GET('/api/v1/improvements', { params: { query: status ? { status } : {} } }))
}

/** Records an action with its owner and deadline (in the future); the owner is told. */
export function createImprovement(body: ImprovementRequest): Promise<ImprovementView> {
  return unwrap(api.POST('/api/v1/improvements', { body }))
}

export function completeImprovement(id: string, note: string): Promise<ImprovementView> {
  return unwrap(api.POST('/api/v1/improvements/{id}/done', { params: { path: { id } }, body: { note } }))
}
