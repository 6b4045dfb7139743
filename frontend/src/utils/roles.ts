import type { Role } from '@/api/types'

// Who works where: the sets of the contract's roles that the routes let in and the screens offer work to. Each is
// typed by the generated Role, so a role the contract does not have fails the typecheck.

/** The car's owner. */
export const CUSTOMER_ROLES: readonly Role[] = ['CUSTOMER']

/** The roles a manager gives staff accounts (not CUSTOMER or PARTNER), in the order of the shop floor. */
export const STAFF_ROLES: readonly Role[] = ['ADVISOR', 'TEAM_LEAD', 'TECHNICIAN', 'INSPECTOR', 'PARTS', 'CUSTOMER_SERVICE', 'MANAGER']

/** The advisor's desk; managers stand in for advisors. */
export const ADVISOR_ROLES: readonly Role[] = ['ADVISOR', 'MANAGER']

/** The workshop: they start on the repair board. */
export const WORKSHOP_ROLES: readonly Role[] = ['TEAM_LEAD', 'TECHNICIAN', 'INSPECTOR']

/** Who posts progress to the owner: the advisor and the workshop. */
export const UPDATER_ROLES: readonly Role[] = [...ADVISOR_ROLES, ...WORKSHOP_ROLES]

/** Who handles complaints and follow-up calls: customer service, and managers who oversee them. */
export const CARE_ROLES: readonly Role[] = ['CUSTOMER_SERVICE', 'MANAGER']

/** Who makes the follow-up calls: customer service, the order's advisor, managers. */
export const CALLER_ROLES: readonly Role[] = ['CUSTOMER_SERVICE', 'ADVISOR', 'MANAGER']

/** The parts specialist (配件专员): issues, purchases, receives and counts. */
export const PARTS_ACTORS: readonly Role[] = ['PARTS']

/** The parts desk's screens: the parts specialist, and the manager who reads everything there. */
export const PARTS_DESK_ROLES: readonly Role[] = [...PARTS_ACTORS, 'MANAGER']

/** Who creates and changes catalogue parts: the parts specialist and the manager. */
export const PART_EDITORS: readonly Role[] = [...PARTS_ACTORS, 'MANAGER']

/** Who sees the figures: the manager. */
export const MANAGER_ROLES: readonly Role[] = ['MANAGER']

/** The roles appraised each month (they enter a self-assessment), in the order the appraisal page lists them. */
export const APPRAISED_ROLES = ['ADVISOR', 'TECHNICIAN', 'CUSTOMER_SERVICE', 'PARTS'] as const satisfies readonly Role[]
export type AppraisedRole = (typeof APPRAISED_ROLES)[number]

export function isAppraised(role: Role | null | undefined): role is AppraisedRole {
  return !!role && (APPRAISED_ROLES as readonly string[]).includes(role)
}

/** Whether someone (or no one, logged out) has one of these roles. */
export const hasRole = (role: Role | null | undefined, roles: readonly Role[]): boolean => !!role && roles.includes(role)
