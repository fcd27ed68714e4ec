// The `?` sheet: every shortcut, so keyboard users can discover them.
import { Fragment } from 'react';
import { type MessageKey, useT } from '../i18n';
import { ui } from '../stores/ui';
import { Dialog } from './Dialog';
import { Kbd, modName } from './Misc';

const ROWS: [keys: string[][], label: MessageKey][] = [
  [[[modName, 'K']], 'help.palette'],
  [[['/']], 'help.search'],
  [[['↑'], ['↓']], 'help.moveHit'],
  [[['Enter']], 'help.openHit'],
  [[['N']], 'help.new'],
  [[['L']], 'help.logTouch'],
  [[['E']], 'help.edit'],
  [[['J'], ['K']], 'help.todayMove'],
  [[['Enter']], 'help.todayOpen'],
  [[['L']], 'help.todayLog'],
  [[['S']], 'help.todaySnooze'],
  [[['X']], 'help.todaySkip'],
  [[['R']], 'help.todayReschedule'],
  [[[modName, 'Z']], 'help.undo'],
  [[[modName, 'Enter']], 'help.save'],
  [[['Esc']], 'help.close'],
  [[[modName, 'Enter']], 'help.captureSave'],
  [[['Esc']], 'help.captureSkip'],
  [[['G'], ['T']], 'help.goToday'],
  [[['G'], ['C']], 'help.goContacts'],
  [[['G'], ['R']], 'help.goReferrals'],
  [[['G'], ['A']], 'help.goCapture'],
  [[['G'], ['I']], 'help.goImport'],
  [[['G'], ['U']], 'help.goDuplicates'],
  [[['G'], ['D']], 'help.goTrash'],
  [[['G'], ['S']], 'help.goSettings'],
  [[['J'], ['K']], 'help.movePair'],
  [[['M']], 'help.mergePair'],
  [[['N']], 'help.notSamePair'],
  [[['?']], 'help.help'],
];

export function ShortcutHelp() {
  const i18n = useT();
  return (
    <Dialog title={i18n.t('help.title')} size="sm" testId="shortcut-help" onClose={() => ui.setHelp(false)}>
      <dl className="shortcut-list">
        {ROWS.map(([combos, label]) => (
          <Fragment key={label}>
            <dt>{i18n.t(label)}</dt>
            <dd>
              {combos.map((keys, ci) => (
                <Fragment key={ci}>
                  {ci > 0 ? <span className="shortcut-then">{label.startsWith('help.go') ? i18n.t('help.then') : '/'}</span> : null}
                  {keys.map((k) => <Kbd key={k}>{k}</Kbd>)}
                </Fragment>
              ))}
            </dd>
          </Fragment>
        ))}
      </dl>
    </Dialog>
  );
}
