import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { PhoneCodeSent } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import RegisterPage from '@/pages/auth/RegisterPage.vue'
import { router } from '@/router'
import { useAuthStore } from '@/stores/auth'
import { DEVICE_STORAGE_KEY } from '@/stores/device'
import { asRequest, authResponse, json, problem } from './support'

const SENT: PhoneCodeSent = { sentTo: '139****5678', expiresIn: 600, resendAfter: 60, sandbox: true }

type Reply = (request: Request, body: Record<string, unknown>) => Response | Promise<Response>

/** A server for the two calls of the page; records what was sent to each. */
function stubServer({ code = () => json(SENT, 202), register = () => json(authResponse('a1', 'r1'), 201) }: { code?: Reply; register?: Reply } = {}) {
  const calls: { path: string; body: Record<string, unknown> }[] = []
  const fetch = vi.fn(async (input: unknown) => {
    const request = asRequest(input)
    const path = new URL(request.url).pathname
    const body = (await request.json()) as Record<string, unknown>
    calls.push({ path, body })
    if (path === '/api/v1/auth/phone-codes') return code(request, body)
    if (path === '/api/v1/auth/register') return register(request, body)
    return problem(404)
  })
  vi.stubGlobal('fetch', fetch)
  return calls
}

async function mountRegister(path = '/register') {
  const pinia = createPinia()
  setActivePinia(pinia)
  await router.push(path)
  await router.isReady()
  return mount(RegisterPage, {
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router] },
  })
}

type Wrapper = Awaited<ReturnType<typeof mountRegister>>

const sendButton = (wrapper: Wrapper) => wrapper.find('[data-testid="register-send-code"]')

async function sendCode(wrapper: Wrapper, phone = '13912345678') {
  await wrapper.find('[data-testid="register-phone"] input').setValue(phone)
  await sendButton(wrapper).trigger('click')
  await flushPromises()
}

async function fillRest(wrapper: Wrapper, code = '482913') {
  await wrapper.find('[data-testid="register-code"] input').setValue(code)
  await wrapper.find('[data-testid="register-name"] input').setValue('张三')
  await wrapper.find('[data-testid="register-password"] input').setValue('abc12345')
  await wrapper.find('[data-testid="register-confirm"] input').setValue('abc12345')
  await wrapper.find('form').trigger('submit')
}

describe('RegisterPage', () => {
  beforeEach(() => {
    localStorage.clear()
    applyLocale('zh-CN')
  })
  enableAutoUnmount(afterEach)

  it('has a code field made for one-time codes', async () => {
    stubServer()
    const wrapper = await mountRegister()
    const input = wrapper.find('[data-testid="register-code"] input')
    expect(input.attributes('inputmode')).toBe('numeric')
    expect(input.attributes('autocomplete')).toBe('one-time-code')
    expect(sendButton(wrapper).text()).toBe('获取验证码')
    await input.setValue('12345678')
    expect((input.element as HTMLInputElement).value).toBe('123456')
  })

  it('checks the phone before asking for a code', async () => {
    const calls = stubServer()
    const wrapper = await mountRegister()
    await sendCode(wrapper, '12345')
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="register-phone"] .van-field__error-message').text()).toContain('有效的手机号'),
    )
    expect(calls).toEqual([])
  })

  it('sends the code, says where it went, counts down to a resend and explains the sandbox', async () => {
    const calls = stubServer()
    const wrapper = await mountRegister()
    await sendCode(wrapper, '139 1234 5678')

    expect(calls).toEqual([{ path: '/api/v1/auth/phone-codes', body: { phone: '13912345678', purpose: 'REGISTER' } }])
    expect(wrapper.find('[data-testid="register-code-sent"]').text()).toBe('验证码已发送至 139****5678，10 分钟内有效')
    expect(sendButton(wrapper).text()).toMatch(/^(60|59) 秒后重发$/)
    expect(sendButton(wrapper).attributes('disabled')).toBeDefined()
    const hint = wrapper.find('[data-testid="register-sandbox-hint"]')
    expect(hint.text()).toContain('不会真的发送短信')
    expect(hint.text()).toContain('SMS to 13912345678 [PHONE_CODE]: Pitstop 注册验证码')
  })

  it('shows no sandbox hint when a real SMS went out', async () => {
    stubServer({ code: () => json({ ...SENT, sandbox: false }, 202) })
    const wrapper = await mountRegister()
    await sendCode(wrapper)
    expect(wrapper.find('[data-testid="register-code-sent"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="register-sandbox-hint"]').exists()).toBe(false)
  })

  it('waits as long as a 429 says before the next code, and says so', async () => {
    stubServer({ code: () => problem(429, { title: 'Too Many Requests' }, { 'Retry-After': '42' }) })
    const wrapper = await mountRegister()
    await sendCode(wrapper)

    expect(sendButton(wrapper).text()).toMatch(/^(42|41) 秒后重发$/)
    expect(sendButton(wrapper).attributes('disabled')).toBeDefined()
    await vi.waitFor(() => expect(document.querySelector('.van-toast')?.textContent).toContain('操作太频繁，请 42 秒后再试'))
  })

  it('lets another number have its code at once', async () => {
    stubServer()
    const wrapper = await mountRegister()
    await sendCode(wrapper)
    await wrapper.find('[data-testid="register-phone"] input').setValue('13912345679')
    expect(sendButton(wrapper).text()).toBe('获取验证码')
    expect(sendButton(wrapper).attributes('disabled')).toBeUndefined()
    expect(wrapper.find('[data-testid="register-code-sent"]').exists()).toBe(false)
  })

  it('registers with the code, keeps the device token and goes to the redirect target', async () => {
    const calls = stubServer({ register: () => json({ ...authResponse('a1', 'r1'), deviceToken: 'dev-1' }, 201) })
    const wrapper = await mountRegister('/register?redirect=/shop')
    await sendCode(wrapper)
    await fillRest(wrapper)

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/shop'), { timeout: 5000 })
    expect(calls[1]).toEqual({
      path: '/api/v1/auth/register',
      body: { name: '张三', phone: '13912345678', code: '482913', password: 'abc12345' },
    })
    expect(useAuthStore().refreshToken).toBe('r1')
    expect(localStorage.getItem(DEVICE_STORAGE_KEY)).toBe('dev-1')
  })

  it('says a wrong or expired code under the code field', async () => {
    stubServer({
      register: () =>
        problem(400, { title: 'Invalid request', errors: [{ field: 'code', message: 'is wrong or has expired; ask for a new code' }] }),
    })
    const wrapper = await mountRegister()
    await sendCode(wrapper)
    await fillRest(wrapper, '000000')

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="register-code"] .van-field__error-message').text()).toBe('验证码错误或已过期，请重新获取'),
    )
    expect(router.currentRoute.value.name).toBe('register')
  })

  it('sends the holder of a registered phone to the login, the number filled in', async () => {
    stubServer({ register: () => problem(409, { title: 'Conflict', detail: 'The phone number is already registered' }) })
    const wrapper = await mountRegister()
    await sendCode(wrapper)
    await fillRest(wrapper)

    await vi.waitFor(() => expect(document.querySelector('.van-dialog')?.textContent).toContain('该手机号已有账号，请直接登录。'))
    const goToLogin = document.querySelector<HTMLButtonElement>('.van-dialog__confirm')
    expect(goToLogin?.textContent).toContain('去登录')
    goToLogin?.click()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'))
    expect(router.currentRoute.value.query.phone).toBe('13912345678')
  })
})
