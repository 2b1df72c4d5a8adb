import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n, { currentLanguage } from '../i18n';

/**
 * dayjs in the UI's language, for the pages with a DatePicker (antd's pickers use this same
 * instance). Imported by those pages only: dayjs and its locale cost ~4 KB gzip on every page
 * when the app's providers set it up.
 */
function applyLocale(): void {
  dayjs.locale(currentLanguage() === 'zh-CN' ? 'zh-cn' : 'en');
}
applyLocale();
i18n.on('languageChanged', applyLocale);

export default dayjs;
export type { Dayjs } from 'dayjs';
