// Names for the contract's schemas. Derived from the generated file, never written by hand.
import type { components } from './schema'

type Schemas = components['schemas']

export type RegisterRequest = Schemas['RegisterRequest']
export type LoginRequest = Schemas['LoginRequest']
export type RefreshRequest = Schemas['RefreshRequest']
export type AuthResponse = Schemas['AuthResponse']
export type MeView = Schemas['MeView']
export type Role = Schemas['Role']
export type ShopView = Schemas['ShopView']
export type OpeningHours = Schemas['OpeningHours']
export type Weekday = OpeningHours['dayOfWeek']
export type ClosedDay = Schemas['ClosedDay']
export type BayView = Schemas['BayView']
export type ServiceTypeView = Schemas['ServiceTypeView']
export type Skill = Schemas['Skill']
export type Problem = Schemas['Problem']
export type FieldError = Schemas['FieldError']
