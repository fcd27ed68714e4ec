// The application menu as data: standard roles only (so the OS does the work), labels in Korean
// when the system speaks Korean, and no developer tools in a packaged build.
import type { MenuItemConstructorOptions } from 'electron';

export type MenuLang = 'ko' | 'en';

export const menuLang = (locale: string): MenuLang => (/^ko\b/i.test(locale) ? 'ko' : 'en');

const LABELS = {
  ko: {
    file: '파일', edit: '편집', view: '보기', window: '창', help: '도움말',
    about: '인연 정보', hide: '인연 가리기', hideOthers: '기타 가리기', unhide: '모두 보기', quit: '인연 종료', close: '창 닫기',
    undo: '실행 취소', redo: '다시 실행', cut: '잘라내기', copy: '복사', paste: '붙여넣기', selectAll: '모두 선택',
    reload: '새로 고침', devTools: '개발자 도구', resetZoom: '실제 크기', zoomIn: '확대', zoomOut: '축소', fullscreen: '전체 화면',
    minimize: '최소화', zoom: '확대/축소', front: '모두 앞으로 가져오기',
  },
  en: {
    file: 'File', edit: 'Edit', view: 'View', window: 'Window', help: 'Help',
    about: 'About Inyeon', hide: 'Hide Inyeon', hideOthers: 'Hide Others', unhide: 'Show All', quit: 'Quit Inyeon', close: 'Close Window',
    undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All',
    reload: 'Reload', devTools: 'Developer Tools', resetZoom: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', fullscreen: 'Full Screen',
    minimize: 'Minimize', zoom: 'Zoom', front: 'Bring All to Front',
  },
} as const;

export interface MenuOptions {
  locale: string;
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

export function menuTemplate({ locale, isPackaged, platform }: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[menuLang(locale)];
  const mac = platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Inyeon',
    submenu: [
      { role: 'about', label: t.about }, sep,
      { role: 'hide', label: t.hide }, { role: 'hideOthers', label: t.hideOthers }, { role: 'unhide', label: t.unhide }, sep,
      { role: 'quit', label: t.quit },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: mac ? [{ role: 'close', label: t.close }] : [{ role: 'close', label: t.close }, { role: 'quit', label: t.quit }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo }, { role: 'redo', label: t.redo }, sep,
      { role: 'cut', label: t.cut }, { role: 'copy', label: t.copy }, { role: 'paste', label: t.paste }, sep,
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...(isPackaged ? [] : [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, sep] as MenuItemConstructorOptions[]),
      { role: 'resetZoom', label: t.resetZoom }, { role: 'zoomIn', label: t.zoomIn }, { role: 'zoomOut', label: t.zoomOut }, sep,
      { role: 'togglefullscreen', label: t.fullscreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize', label: t.minimize }, { role: 'zoom', label: t.zoom }, sep, { role: 'front', label: t.front }]
      : [{ role: 'minimize', label: t.minimize }, { role: 'close', label: t.close }],
  };
  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu];
}
