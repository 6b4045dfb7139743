import type { App } from 'vue'
import {
  ActionBar,
  ActionBarButton,
  ActionBarIcon,
  ActionSheet,
  Badge,
  Button,
  Calendar,
  Cell,
  CellGroup,
  Checkbox,
  CheckboxGroup,
  DatePicker,
  Empty,
  Field,
  Form,
  Grid,
  GridItem,
  Icon,
  Loading,
  NavBar,
  NoticeBar,
  PickerGroup,
  Popup,
  PullRefresh,
  Radio,
  RadioGroup,
  Rate,
  Skeleton,
  Step,
  Stepper,
  Steps,
  SubmitBar,
  Switch,
  Tab,
  Tabbar,
  TabbarItem,
  Tabs,
  Tag,
  TimePicker,
  Uploader,
} from 'vant'
// Styles of just these components (each pulls in its dependencies), plus those shown by function.
import 'vant/es/action-bar/style/index'
import 'vant/es/action-bar-button/style/index'
import 'vant/es/action-bar-icon/style/index'
import 'vant/es/action-sheet/style/index'
import 'vant/es/badge/style/index'
import 'vant/es/button/style/index'
import 'vant/es/calendar/style/index'
import 'vant/es/checkbox/style/index'
import 'vant/es/checkbox-group/style/index'
import 'vant/es/cell/style/index'
import 'vant/es/cell-group/style/index'
import 'vant/es/empty/style/index'
import 'vant/es/field/style/index'
import 'vant/es/form/style/index'
import 'vant/es/grid/style/index'
import 'vant/es/grid-item/style/index'
import 'vant/es/icon/style/index'
import 'vant/es/loading/style/index'
import 'vant/es/nav-bar/style/index'
import 'vant/es/notice-bar/style/index'
import 'vant/es/popup/style/index'
import 'vant/es/pull-refresh/style/index'
import 'vant/es/radio/style/index'
import 'vant/es/radio-group/style/index'
import 'vant/es/rate/style/index'
import 'vant/es/skeleton/style/index'
import 'vant/es/step/style/index'
import 'vant/es/steps/style/index'
import 'vant/es/switch/style/index'
import 'vant/es/tab/style/index'
import 'vant/es/tabbar/style/index'
import 'vant/es/tabbar-item/style/index'
import 'vant/es/tabs/style/index'
import 'vant/es/tag/style/index'
import 'vant/es/toast/style/index'
import 'vant/es/dialog/style/index'
import 'vant/es/image-preview/style/index'
import 'vant/es/date-picker/style/index'
import 'vant/es/picker-group/style/index'
import 'vant/es/stepper/style/index'
import 'vant/es/submit-bar/style/index'
import 'vant/es/time-picker/style/index'
import 'vant/es/uploader/style/index'

/** The Vant components the app uses, registered once (each brings its global `<van-*>` type). */
export const vantComponents = [
  ActionBar,
  ActionBarButton,
  ActionBarIcon,
  ActionSheet,
  Badge,
  Button,
  Calendar,
  Cell,
  CellGroup,
  Checkbox,
  CheckboxGroup,
  DatePicker,
  Empty,
  Field,
  Form,
  Grid,
  GridItem,
  Icon,
  Loading,
  NavBar,
  NoticeBar,
  PickerGroup,
  Popup,
  PullRefresh,
  Radio,
  RadioGroup,
  Rate,
  Skeleton,
  Step,
  Stepper,
  Steps,
  SubmitBar,
  Switch,
  Tab,
  Tabbar,
  TabbarItem,
  Tabs,
  Tag,
  TimePicker,
  Uploader,
]

export function installVant(app: App) {
  for (const component of vantComponents) app.use(component)
}
