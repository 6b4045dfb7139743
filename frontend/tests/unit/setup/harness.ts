import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { expect, vi } from 'vitest'
import type { Component } from 'vue'
import type { MeView, ShopView } from '@/api/types'
import { i18n } from '@/i18n'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { authResponse, type Call, sampleShop } from '../support'

/** The demo manager, as the setup screens see them. */
export const manager: MeView = { id: 'u-1', name: '赵敏', phone: '13800000001', role: 'MANAGER', scopes: [] }

export { on, stubApi as stubServer, type Call, type Route } from '../support'

export const sent = (calls: Call[], method: string, path?: string) => calls.filter((c) => c.method === method && (!path || c.path === path))

export async function mountAs(component: Component, path: string, user: MeView = manager): Promise<VueWrapper> {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().setSession(authResponse('a1', 'r1', user))
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, { attachTo: document.body, global: { plugins: [pinia, i18n, router] } })
  await flushPromises()
  return wrapper
}

/** A shop with what a test needs changed. */
export const shopWith = (change: Partial<ShopView>): ShopView => ({ ...sampleShop, ...change })

/** Clicks the button of Vant's (function-called) dialog that is open now. */
export async function answerDialog(button: 'confirm' | 'cancel' = 'confirm') {
  await vi.waitFor(() => expect(document.querySelector(`.van-dialog__${button}`)).not.toBeNull())
  document.querySelector<HTMLButtonElement>(`.van-dialog__${button}`)?.click()
  await flushPromises()
}

/** Picks the action of an open action sheet by its text. */
export async function pickAction(wrapper: VueWrapper, text: string) {
  const item = wrapper.findAll('.van-action-sheet__item').find((b) => b.text().includes(text))
  if (!item) throw new Error(`no action "${text}" in ${wrapper.findAll('.van-action-sheet__item').map((b) => b.text()).join(', ')}`)
  await item.trigger('click')
  await flushPromises()
}

/** Submits the Vant form with this test id (or the form inside it), and lets its validation and the request run. */
export async function submit(wrapper: VueWrapper, testId: string) {
  const holder = wrapper.find(`[data-testid="${testId}"]`)
  const form = holder.element.tagName === 'FORM' ? holder : holder.find('form')
  await form.trigger('submit')
  await flushPromises()
  await flushPromises()
}

/** The error Vant shows under a field. */
export const fieldError = (wrapper: VueWrapper, testId: string) => wrapper.find(`[data-testid="${testId}"] .van-field__error-message`)
