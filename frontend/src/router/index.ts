import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router'
import type { Role } from '@/api/types'
import LoginPage from '@/pages/auth/LoginPage.vue'
import type { MessageSchema } from '@/i18n'
import { useAuthStore } from '@/stores/auth'
import {
  ADVISOR_ROLES,
  APPRAISED_ROLES,
  CALLER_ROLES,
  CARE_ROLES,
  CUSTOMER_ROLES,
  MANAGER_ROLES,
  PART_EDITORS,
  PARTS_ACTORS,
  PARTS_DESK_ROLES,
  STAFF_ROLES,
  UPDATER_ROLES,
} from '@/utils/roles'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without logging in. */
    public?: boolean
    /** Only for visitors: a logged-in user is sent home. */
    guestOnly?: boolean
    /** Shows the bottom tab bar. */
    tabbar?: boolean
    /** Key under pageTitle.* for document.title. */
    title?: keyof MessageSchema['pageTitle']
    /** The parts desk's pages: key under partsDesk.title.* for document.title (its words live in one section). */
    partsTitle?: keyof MessageSchema['partsDesk']['title']
    /** Only for these roles; others are sent home. */
    roles?: readonly Role[]
  }
}

/** Complaints are owned by customer service, the team lead (technical) or the order's advisor (delivery time). */
const COMPLAINT_DESK = STAFF_ROLES

/**
 * Words the API answers under /api/v1/complaints/ that are not complaints (the analysis, the CSV): typed or followed
 * as a complaint's address they are no page, rather than a complaint page fed the wrong JSON.
 */
const NOT_COMPLAINT_IDS = ['stats', 'export']
const notFound = (to: RouteLocationNormalized) => ({
  name: 'not-found',
  params: { pathMatch: to.path.slice(1).split('/') },
  query: to.query,
  hash: to.hash,
})

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    {
      path: '/login',
      name: 'login',
      // In the entry, not a chunk of its own: the first page of every visit, drawn without waiting for a second round
      // of downloads (index.html preloads what it needs).
      component: LoginPage,
      meta: { public: true, guestOnly: true, title: 'login' },
    },
    {
      path: '/register',
      name: 'register',
      component: () => import('@/pages/auth/RegisterPage.vue'),
      meta: { public: true, guestOnly: true, title: 'register' },
    },
    {
      path: '/',
      name: 'home',
      component: () => import('@/pages/home/HomePage.vue'),
      meta: { tabbar: true, title: 'home' },
    },
    {
      path: '/shop',
      name: 'shop',
      component: () => import('@/pages/shop/ShopPage.vue'),
      meta: { tabbar: true, title: 'shop' },
    },
    {
      path: '/me',
      name: 'me',
      component: () => import('@/pages/me/MePage.vue'),
      meta: { tabbar: true, title: 'me' },
    },
    {
      path: '/book',
      name: 'book',
      component: () => import('@/pages/booking/BookPage.vue'),
      meta: { tabbar: true, title: 'book', roles: CUSTOMER_ROLES },
    },
    {
      path: '/book/emergency',
      name: 'book-emergency',
      component: () => import('@/pages/booking/BookPage.vue'),
      props: { emergency: true },
      meta: { tabbar: true, title: 'bookEmergency', roles: CUSTOMER_ROLES },
    },
    {
      path: '/bookings',
      name: 'bookings',
      component: () => import('@/pages/booking/BookingListPage.vue'),
      meta: { tabbar: true, title: 'bookings', roles: CUSTOMER_ROLES },
    },
    {
      // customers see their own (another's answers 404), staff see any
      path: '/bookings/:id',
      name: 'booking',
      component: () => import('@/pages/booking/BookingDetailPage.vue'),
      props: true,
      meta: { title: 'booking' },
    },
    {
      path: '/vehicles',
      name: 'vehicles',
      component: () => import('@/pages/vehicles/VehicleListPage.vue'),
      meta: { title: 'vehicles', roles: CUSTOMER_ROLES },
    },
    {
      path: '/vehicles/new',
      name: 'vehicle-new',
      component: () => import('@/pages/vehicles/VehicleEditPage.vue'),
      meta: { title: 'vehicleNew', roles: CUSTOMER_ROLES },
    },
    {
      path: '/vehicles/:id/edit',
      name: 'vehicle-edit',
      component: () => import('@/pages/vehicles/VehicleEditPage.vue'),
      props: true,
      meta: { title: 'vehicleEdit', roles: CUSTOMER_ROLES },
    },
    {
      path: '/notifications',
      name: 'notifications',
      component: () => import('@/pages/notifications/NotificationsPage.vue'),
      meta: { tabbar: true, title: 'notifications' },
    },
    {
      path: '/desk/today',
      name: 'today',
      component: () => import('@/pages/advisor/TodayPage.vue'),
      meta: { tabbar: true, title: 'today', roles: ADVISOR_ROLES },
    },
    {
      path: '/desk/new',
      name: 'phone-booking',
      component: () => import('@/pages/advisor/PhoneBookingPage.vue'),
      meta: { tabbar: true, title: 'phoneBooking', roles: ADVISOR_ROLES },
    },
    {
      path: '/repairs',
      name: 'repairs',
      component: () => import('@/pages/repair/RepairListPage.vue'),
      meta: { tabbar: true, title: 'repairs', roles: CUSTOMER_ROLES },
    },
    {
      // the owner's live tracker; staff following a shared link land on their own page of the order
      path: '/repairs/:id',
      name: 'repair',
      component: () => import('@/pages/repair/RepairTrackerPage.vue'),
      props: true,
      meta: { title: 'repair' },
      beforeEnter: (to) => {
        const auth = useAuthStore()
        if (auth.role && auth.role !== 'CUSTOMER' && STAFF_ROLES.includes(auth.role))
          return { name: 'desk-repair', params: { id: String(to.params.id) } }
        return auth.isCustomer ? true : { name: 'home' }
      },
    },
    {
      path: '/repairs/:id/settlement',
      name: 'repair-settlement-document',
      component: () => import('@/pages/repair/SettlementDocumentPage.vue'),
      props: true,
      meta: { title: 'settlementDocument', roles: CUSTOMER_ROLES },
    },
    {
      path: '/repairs/:id/rating',
      name: 'repair-rating',
      component: () => import('@/pages/feedback/RatingPage.vue'),
      props: true,
      meta: { title: 'rating', roles: CUSTOMER_ROLES },
    },
    {
      path: '/complaints',
      name: 'complaints',
      component: () => import('@/pages/feedback/ComplaintListPage.vue'),
      meta: { title: 'complaints', roles: CUSTOMER_ROLES },
    },
    {
      path: '/complaints/new',
      name: 'complaint-new',
      component: () => import('@/pages/feedback/ComplaintFormPage.vue'),
      meta: { title: 'complaintNew', roles: CUSTOMER_ROLES },
    },
    {
      // the owner's own (another's answers 404); staff following a link land on their page of it
      path: '/complaints/:id',
      name: 'complaint',
      component: () => import('@/pages/feedback/ComplaintPage.vue'),
      props: true,
      meta: { title: 'complaint' },
      beforeEnter: (to) => {
        if (NOT_COMPLAINT_IDS.includes(String(to.params.id))) return notFound(to)
        const auth = useAuthStore()
        if (auth.role && COMPLAINT_DESK.includes(auth.role)) return { name: 'desk-complaint', params: { id: String(to.params.id) } }
        return auth.isCustomer ? true : { name: 'home' }
      },
    },
    {
      path: '/desk/repairs',
      name: 'desk-repairs',
      component: () => import('@/pages/desk/RepairBoardPage.vue'),
      meta: { tabbar: true, title: 'repairBoard', roles: STAFF_ROLES },
    },
    {
      path: '/desk/follow-ups',
      name: 'desk-follow-ups',
      component: () => import('@/pages/desk/FollowUpQueuePage.vue'),
      meta: { tabbar: true, title: 'followUps', roles: CALLER_ROLES },
    },
    {
      path: '/desk/complaints',
      name: 'desk-complaints',
      component: () => import('@/pages/desk/ComplaintInboxPage.vue'),
      meta: { tabbar: true, title: 'deskComplaints', roles: COMPLAINT_DESK },
    },
    {
      path: '/desk/complaints/stats',
      name: 'desk-complaint-stats',
      component: () => import('@/pages/desk/ComplaintStatsPage.vue'),
      meta: { title: 'complaintStats', roles: MANAGER_ROLES },
    },
    {
      path: '/desk/ratings',
      name: 'desk-ratings',
      component: () => import('@/pages/desk/RatingSummaryPage.vue'),
      meta: { title: 'ratings', roles: CARE_ROLES },
    },
    {
      path: '/desk/complaints/:id',
      name: 'desk-complaint',
      component: () => import('@/pages/feedback/ComplaintPage.vue'),
      props: true,
      meta: { title: 'complaint', roles: COMPLAINT_DESK },
      beforeEnter: (to) => (NOT_COMPLAINT_IDS.includes(String(to.params.id)) ? notFound(to) : true),
    },
    {
      path: '/desk/complaints/new',
      name: 'desk-complaint-new',
      component: () => import('@/pages/feedback/ComplaintFormPage.vue'),
      meta: { title: 'complaintNew', roles: CARE_ROLES },
    },
    {
      path: '/desk/check-in',
      name: 'check-in',
      component: () => import('@/pages/desk/CheckInPage.vue'),
      meta: { title: 'checkIn', roles: ADVISOR_ROLES },
    },
    {
      path: '/desk/repairs/:id',
      name: 'desk-repair',
      component: () => import('@/pages/desk/RepairOrderPage.vue'),
      props: true,
      meta: { title: 'deskRepair', roles: STAFF_ROLES },
    },
    {
      path: '/desk/repairs/:id/estimate',
      name: 'desk-estimate',
      component: () => import('@/pages/desk/EstimatePage.vue'),
      props: true,
      meta: { title: 'estimate', roles: ADVISOR_ROLES },
    },
    {
      path: '/desk/repairs/:id/supplement',
      name: 'desk-supplement',
      component: () => import('@/pages/desk/EstimatePage.vue'),
      props: (route) => ({ id: String(route.params.id), supplement: true }),
      meta: { title: 'supplement', roles: ADVISOR_ROLES },
    },
    {
      path: '/desk/repairs/:id/update',
      name: 'desk-update',
      component: () => import('@/pages/desk/PostUpdatePage.vue'),
      props: true,
      meta: { title: 'postUpdate', roles: UPDATER_ROLES },
    },
    {
      path: '/desk/repairs/:id/settlement',
      name: 'desk-settlement',
      component: () => import('@/pages/desk/SettlementPage.vue'),
      props: true,
      meta: { title: 'settlement', roles: ADVISOR_ROLES },
    },
    {
      path: '/desk/repairs/:id/settlement-document',
      name: 'desk-settlement-document',
      component: () => import('@/pages/repair/SettlementDocumentPage.vue'),
      props: true,
      meta: { title: 'settlementDocument', roles: STAFF_ROLES },
    },
    {
      // the advisor's board of bookings to confirm, for managers whose home is the desk
      path: '/desk/board',
      name: 'advisor-board',
      component: () => import('@/pages/advisor/AdvisorBoard.vue'),
      meta: { tabbar: true, title: 'advisorBoard', roles: ADVISOR_ROLES },
    },
    // The manager's desk: indicators and the items behind them, the monthly appraisal, improvement actions.
    {
      path: '/manager/kpis/:code',
      name: 'kpi-detail',
      component: () => import('@/pages/manager/KpiDetailPage.vue'),
      props: true,
      meta: { title: 'kpiDetail', roles: MANAGER_ROLES },
    },
    {
      path: '/manager/appraisals',
      name: 'appraisals',
      component: () => import('@/pages/manager/AppraisalPage.vue'),
      meta: { title: 'appraisals', roles: MANAGER_ROLES },
    },
    {
      path: '/manager/improvements',
      name: 'improvements',
      component: () => import('@/pages/manager/ImprovementListPage.vue'),
      meta: { title: 'improvements', roles: MANAGER_ROLES },
    },
    {
      path: '/manager/improvements/new',
      name: 'improvement-new',
      component: () => import('@/pages/manager/ImprovementFormPage.vue'),
      meta: { title: 'improvementNew', roles: MANAGER_ROLES },
    },
    {
      path: '/me/appraisal',
      name: 'my-appraisal',
      component: () => import('@/pages/me/MyAppraisalPage.vue'),
      meta: { title: 'myAppraisal', roles: APPRAISED_ROLES },
    },
    // The manager's setup: the shop's configuration, staff accounts, partner apps, failed external messages.
    {
      path: '/setup',
      name: 'setup',
      component: () => import('@/pages/setup/SetupHomePage.vue'),
      meta: { tabbar: true, title: 'setup', roles: MANAGER_ROLES },
    },
    {
      path: '/setup/staff',
      name: 'setup-staff',
      component: () => import('@/pages/setup/StaffPage.vue'),
      meta: { title: 'setupStaff', roles: MANAGER_ROLES },
    },
    {
      path: '/setup/bays',
      name: 'setup-bays',
      component: () => import('@/pages/setup/BaysPage.vue'),
      meta: { title: 'setupBays', roles: MANAGER_ROLES },
    },
    {
      path: '/setup/hours',
      name: 'setup-hours',
      component: () => import('@/pages/setup/HoursPage.vue'),
      meta: { title: 'setupHours', roles: MANAGER_ROLES },
    },
    {
      path: '/setup/closed-days',
      name: 'setup-closed-days',
      component: () => import('@/pages/setup/ClosedDaysPage.vue'),
      meta: { title: 'setupClosedDays', roles: MANAGER_ROLES },
    },
    {
      path: '/setup/service-types',
      name: 'setup-service-types',
      component: () => import('@/pages/setup/ServiceTypesPage.vue'),
      meta: { title: 'setupServiceTypes', roles: MANAGER_ROLES },
    },
    {
      path: '/setup/partners',
      name: 'setup-partners',
      component: () => import('@/pages/setup/PartnersPage.vue'),
      meta: { title: 'setupPartners', roles: MANAGER_ROLES },
    },
    {
      path: '/setup/outbox',
      name: 'setup-outbox',
      component: () => import('@/pages/setup/OutboxPage.vue'),
      meta: { title: 'setupOutbox', roles: MANAGER_ROLES },
    },
    // The parts desk (配件): issuing, shortages, purchasing, receiving, counts and the catalogue. The parts specialist
    // works here (their home is the issue queue); the manager reads it all and keeps the catalogue.
    {
      path: '/parts/issue',
      name: 'parts-issue',
      component: () => import('@/pages/parts/IssuePage.vue'),
      meta: { tabbar: true, partsTitle: 'issue', roles: PARTS_DESK_ROLES },
    },
    {
      path: '/parts/shortages',
      name: 'parts-shortages',
      component: () => import('@/pages/parts/ShortagesPage.vue'),
      meta: { tabbar: true, partsTitle: 'shortages', roles: PARTS_DESK_ROLES },
    },
    {
      path: '/parts/purchase-orders',
      name: 'parts-purchase-orders',
      component: () => import('@/pages/parts/PurchaseOrdersPage.vue'),
      meta: { tabbar: true, partsTitle: 'purchaseOrders', roles: PARTS_DESK_ROLES },
    },
    {
      path: '/parts/purchase-orders/new',
      name: 'parts-purchase-new',
      component: () => import('@/pages/parts/PurchaseNewPage.vue'),
      meta: { partsTitle: 'purchaseNew', roles: PARTS_ACTORS },
    },
    {
      path: '/parts/purchase-orders/:id',
      name: 'parts-purchase-order',
      component: () => import('@/pages/parts/PurchaseOrderPage.vue'),
      props: true,
      meta: { partsTitle: 'purchaseOrder', roles: PARTS_DESK_ROLES },
    },
    {
      path: '/parts/purchase-orders/:id/receive',
      name: 'parts-receive',
      component: () => import('@/pages/parts/ReceivePage.vue'),
      props: true,
      meta: { partsTitle: 'receive', roles: PARTS_ACTORS },
    },
    {
      path: '/parts/count',
      name: 'parts-count',
      component: () => import('@/pages/parts/StockCountPage.vue'),
      meta: { tabbar: true, partsTitle: 'count', roles: PARTS_ACTORS },
    },
    {
      path: '/parts/catalogue',
      name: 'parts-catalogue',
      component: () => import('@/pages/parts/CataloguePage.vue'),
      meta: { tabbar: true, partsTitle: 'catalogue', roles: PARTS_DESK_ROLES },
    },
    {
      path: '/parts/catalogue/new',
      name: 'parts-part-new',
      component: () => import('@/pages/parts/PartFormPage.vue'),
      meta: { partsTitle: 'partNew', roles: PART_EDITORS },
    },
    {
      path: '/parts/catalogue/:id',
      name: 'parts-part',
      component: () => import('@/pages/parts/PartPage.vue'),
      props: true,
      meta: { partsTitle: 'part', roles: PARTS_DESK_ROLES },
    },
    {
      path: '/parts/catalogue/:id/edit',
      name: 'parts-part-edit',
      component: () => import('@/pages/parts/PartFormPage.vue'),
      props: true,
      meta: { partsTitle: 'partEdit', roles: PART_EDITORS },
    },
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('@/pages/errors/NotFoundPage.vue'),
      meta: { public: true, title: 'notFound' },
    },
  ],
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

/** Only same-origin paths: `?redirect=//evil.example` must not leave the app. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/'
}

export function loginRouteFor(target: RouteLocationNormalized) {
  return target.name === 'home' || target.fullPath === '/'
    ? { name: 'login' as const }
    : { name: 'login' as const, query: { redirect: target.fullPath } }
}

router.beforeEach((to) => {
  const auth = useAuthStore()
  if (to.meta.guestOnly && auth.isLoggedIn) return safeRedirect(to.query.redirect)
  if (!to.meta.public && !auth.isLoggedIn) return loginRouteFor(to)
  if (to.meta.roles && !(auth.role && to.meta.roles.includes(auth.role))) return { name: 'home' }
  return true
})

/** After the session ended elsewhere (expired, or logged out in another tab): back to /login, keeping the page. */
export async function redirectToLogin() {
  await router.isReady() // during the first navigation, its guard does this itself
  const here = router.currentRoute.value
  if (!here.meta.public) await router.replace(loginRouteFor(here))
}
