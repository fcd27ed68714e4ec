import { Menu } from 'electron';
import { type MenuOptions, menuTemplate } from './menu-template.js';

export function installMenu(opts: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(opts)));
}
