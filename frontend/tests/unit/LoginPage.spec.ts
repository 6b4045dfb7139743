import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n, applyLocale } from '@/i18n'
import LoginPage from '@/pages/auth/LoginPage.vue'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { asRequest, authResponse, json, problem } from './support'

async function mountLogin(path = '/login') {
  const pinia = createPinia()
  setActivePinia(pinia)
  await router.push(path)
  await router.isReady()
  return mount(LoginPage, {
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router] },
  })
}

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountLogin>>, phone: string, password: string) {
  await wrapper.find('[data-testid="login-phone"] input').setValue(phone)
  await wrapper.find('[data-testid="login-password"] input').setValue(password)
  await wrapper.find('form').trigger('submit')
}

describe('LoginPage', () => {
  beforeEach(() => {
    localStorage.clear()
    applyLocale('zh-CN')
  })
  // The router runs its guards in the context of the apps it is installed in: one app at a time.
  enableAutoUnmount(afterEach)

  it('shows the field errors of a 400 problem under their fields', async () => {
    const fetch = vi.fn(async () =>
      problem(400, {
        title: 'Bad Request',
        detail: 'Invalid input',
        errors: [{ field: 'login.request.password', message: '密码格式不正确' }],
      }),
    )
    vi.stubGlobal('fetch', fetch)
    const wrapper = await mountLogin()

    await fillAndSubmit(wrapper, '13900000001', 'demo1234')
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1))
    await flushPromises()

    const password = wrapper.find('[data-testid="login-password"]')
    expect(password.find('.van-field__error-message').text()).toBe('密码格式不正确')
    expect(wrapper.find('[data-testid="login-phone"] .van-field__error-message').exists()).toBe(false)

    // typing again clears the server's complaint
    await password.find('input').setValue('demo12345')
    expect(password.find('.van-field__error-message').exists()).toBe(false)
  })

  it('checks the phone before calling the server', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    const wrapper = await mountLogin()

    await fillAndSubmit(wrapper, '12345', 'demo1234')
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="login-phone"] .van-field__error-message').text()).toContain('有效的手机号'),
    )
    expect(fetch).not.toHaveBeenCalled()
  })

  it('says how long to wait when throttled', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '600' })))
    const wrapper = await mountLogin()

    await fillAndSubmit(wrapper, '13900000001', 'demo1234')
    await vi.waitFor(() => expect(document.querySelector('.van-toast')?.textContent).toContain('请 10 分钟后再试'))
  })

  it('logs in, keeps the session and goes to the redirect target', async () => {
    const fetch = vi.fn(async (input: unknown) => {
      const body = await asRequest(input).json()
      expect(body).toEqual({ phone: '13900000001', password: 'demo1234' })
      return json(authResponse('a1', 'r1'))
    })
    vi.stubGlobal('fetch', fetch)
    const wrapper = await mountLogin('/login?redirect=/shop')

    await fillAndSubmit(wrapper, '139 0000 0001', 'demo1234')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/shop'), { timeout: 5000 })
    expect(useAuthStore().refreshToken).toBe('r1')
  })
})
