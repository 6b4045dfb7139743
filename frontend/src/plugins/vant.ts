import type { App } from 'vue'
import {
  Button,
  Cell,
  CellGroup,
  Empty,
  Field,
  Form,
  Icon,
  NavBar,
  PullRefresh,
  Radio,
  RadioGroup,
  Skeleton,
  Tabbar,
  TabbarItem,
  Tag,
} from 'vant'
// Styles of just these components (each pulls in its dependencies), plus the toasts shown by function.
import 'vant/es/button/style/index'
import 'vant/es/cell/style/index'
import 'vant/es/cell-group/style/index'
import 'vant/es/empty/style/index'
import 'vant/es/field/style/index'
import 'vant/es/form/style/index'
import 'vant/es/icon/style/index'
import 'vant/es/nav-bar/style/index'
import 'vant/es/pull-refresh/style/index'
import 'vant/es/radio/style/index'
import 'vant/es/radio-group/style/index'
import 'vant/es/skeleton/style/index'
import 'vant/es/tabbar/style/index'
import 'vant/es/tabbar-item/style/index'
import 'vant/es/tag/style/index'
import 'vant/es/toast/style/index'

/** The Vant components the app uses, registered once (each brings its global `<van-*>` type). */
export const vantComponents = [
  Button,
  Cell,
  CellGroup,
  Empty,
  Field,
  Form,
  Icon,
  NavBar,
  PullRefresh,
  Radio,
  RadioGroup,
  Skeleton,
  Tabbar,
  TabbarItem,
  Tag,
]

export function installVant(app: App) {
  for (const component of vantComponents) app.use(component)
}
