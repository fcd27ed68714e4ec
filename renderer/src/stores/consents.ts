// A contact's consent (issue 4): current state per channel and the append-only history. Reloads
// when that contact's data changes; grant and withdraw announce a change (suggestions move).
import { create } from 'zustand';
import type { ConsentsOf } from '../../../shared/contract';
import type { ConsentChannel, ConsentPurpose } from '../../../shared/domain/enums';
import { invoke } from '../api/client';
import { dataChanged } from './events';

interface Change {
  contactId: string;
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  evidence: string | null;
}

interface ConsentsState {
  of: ConsentsOf | null;
  load(contactId: string): Promise<void>;
  grant(c: Change & { evidence: string }): Promise<void>;
  withdraw(c: Change): Promise<void>;
}

let seq = 0;

export const useConsents = create<ConsentsState>()((set) => ({
  of: null,
  async load(contactId) {
    const mine = ++seq;
    const of = await invoke('consents.list', { contactId });
    if (mine === seq) set({ of });
  },
  async grant(c) {
    const of = await invoke('consents.grant', c);
    set({ of });
    dataChanged('contacts');
  },
  async withdraw(c) {
    const of = await invoke('consents.withdraw', c);
    set({ of });
    dataChanged('contacts');
  },
}));
