// Card capture (issue 6): the batch of card images being read and reviewed. Images are read one
// at a time (capture.recognize), so Cancel stops the queue between two cards; every card can be
// reviewed — by hand when it could not be read — and is saved with capture.save.
import { create } from 'zustand';
import type { CardImage, CardSaveResult, RecognizedCard } from '../../../shared/contract/capture';
import { CARD_FIELDS, CARD_IMAGE_MIMES, type CardField } from '../../../shared/contract/card-fields';
import { invoke } from '../api/client';
import { dataChanged } from './events';

export type CaptureStatus = 'queued' | 'reading' | 'ready' | 'failed' | 'cancelled' | 'saved' | 'skipped';
export type CardFields = Record<CardField, string>;

export interface CaptureItem {
  id: number;
  /** The file name, or '' for a card typed by hand. */
  name: string;
  front: CardImage | null;
  /** What the review shows: the recognised (upright) preview once read, else the original file. */
  frontUrl: string | null;
  back: CardImage | null;
  backUrl: string | null;
  status: CaptureStatus;
  recognized: RecognizedCard | null;
  fields: CardFields;
  saved: { contactId: string; name: string } | null;
}

/** The statuses a person still has to look at. */
export const REVIEWABLE: ReadonlySet<CaptureStatus> = new Set(['ready', 'failed', 'cancelled']);
export const MAX_IMAGE_BYTES = 30 * 1024 * 1024;

export type Rejected = { name: string; why: 'unsupported' | 'too-large' };

interface CaptureState {
  items: CaptureItem[];
  currentId: number | null;
  running: boolean;
  cancelRequested: boolean;
  /** Progress of the current reading run: how many of the images queued since it started are done. */
  progress: { done: number; total: number };
  /** Where and when the cards were received: kept from one card to the next (one expo, one stack). */
  event: string;
  /** null: today (on the backend's clock, which is what the date picker shows). */
  receivedOn: string | null;

  addFiles(files: File[]): Promise<{ added: number; rejected: Rejected[] }>;
  addManual(): void;
  select(id: number): void;
  setField(id: number, field: CardField, value: string): void;
  setBack(id: number, file: File | null): Promise<Rejected | null>;
  setEvent(event: string): void;
  setReceivedOn(date: string | null): void;
  cancel(): void;
  clear(): void;
  save(id: number, fields: CardFields, updateContactId: string | null): Promise<CardSaveResult>;
  skip(id: number): void;
}

const emptyFields = (): CardFields => Object.fromEntries(CARD_FIELDS.map((f) => [f, ''])) as CardFields;

const BY_EXTENSION: Record<string, CardImage['mime']> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', heic: 'image/heic', heif: 'image/heif',
};

/** The image's type from the file, or from its extension (systems without HEIC support report '' for it). */
export function cardMime(file: Pick<File, 'type' | 'name'>): CardImage['mime'] | null {
  if ((CARD_IMAGE_MIMES as readonly string[]).includes(file.type)) return file.type as CardImage['mime'];
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || null;
}

async function toCardImage(file: File): Promise<CardImage | Rejected> {
  const mime = cardMime(file);
  const name = file.name || 'card';
  if (!mime) return { name, why: 'unsupported' };
  if (file.size > MAX_IMAGE_BYTES) return { name, why: 'too-large' };
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsDataURL(file);
  });
  return { name: name.slice(0, 255), mime, dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}

const isRejected = (x: CardImage | Rejected): x is Rejected => 'why' in x;

let nextId = 1;

export const useCapture = create<CaptureState>()((set, get) => {
  const patch = (id: number, p: Partial<CaptureItem>) =>
    set((s) => ({ items: s.items.map((i) => (i.id === id ? { ...i, ...p } : i)) }));

  /** The next card to review after `id` (wrapping around), or null when none is left. */
  function nextReviewable(afterId: number | null): number | null {
    const items = get().items;
    const start = afterId === null ? 0 : items.findIndex((i) => i.id === afterId) + 1;
    const order = [...items.slice(start), ...items.slice(0, start)];
    return order.find((i) => REVIEWABLE.has(i.status) && i.id !== afterId)?.id ?? null;
  }

  /** Read queued cards one by one until none is left or Cancel was pressed. */
  async function run(): Promise<void> {
    if (get().running) return;
    set({ running: true, cancelRequested: false });
    try {
      for (;;) {
        const item = get().items.find((i) => i.status === 'queued');
        if (!item) break;
        if (get().cancelRequested) {
          set((s) => ({ items: s.items.map((i) => (i.status === 'queued' ? { ...i, status: 'cancelled' } : i)) }));
          break;
        }
        patch(item.id, { status: 'reading' });
        try {
          const card = await invoke('capture.recognize', { image: item.front! });
          const fields = emptyFields();
          for (const f of CARD_FIELDS) fields[f] = card.fields[f] ?? '';
          patch(item.id, { status: 'ready', recognized: card, fields, frontUrl: `data:${card.preview.mime};base64,${card.preview.dataBase64}` });
        } catch {
          // Whatever went wrong (no recognizer, an unreadable photo), the card can still be typed in.
          patch(item.id, { status: 'failed' });
        }
        set((s) => ({ progress: { ...s.progress, done: s.progress.done + 1 } }));
        // Show a card as soon as it is read, unless the user is already reviewing another one.
        const current = get().items.find((i) => i.id === get().currentId);
        if (!current || !REVIEWABLE.has(current.status)) set({ currentId: item.id });
      }
    } finally {
      set({ running: false, cancelRequested: false });
    }
  }

  return {
    items: [],
    currentId: null,
    running: false,
    cancelRequested: false,
    progress: { done: 0, total: 0 },
    event: '',
    receivedOn: null,

    async addFiles(files) {
      const read = await Promise.all(files.map(async (file) => ({ file, image: await toCardImage(file) })));
      const rejected = read.map((r) => r.image).filter(isRejected);
      const added: CaptureItem[] = read.flatMap(({ file, image }) => (isRejected(image) ? [] : [{
        id: nextId++, name: image.name, front: image, frontUrl: URL.createObjectURL(file),
        back: null, backUrl: null, status: 'queued' as const, recognized: null, fields: emptyFields(), saved: null,
      }]));
      if (added.length) {
        set((s) => ({
          items: [...s.items, ...added],
          progress: s.running ? { ...s.progress, total: s.progress.total + added.length } : { done: 0, total: added.length },
        }));
        void run();
      }
      return { added: added.length, rejected };
    },

    addManual() {
      const item: CaptureItem = {
        id: nextId++, name: '', front: null, frontUrl: null, back: null, backUrl: null, status: 'failed',
        recognized: null, fields: emptyFields(), saved: null,
      };
      set((s) => ({ items: [...s.items, item], currentId: item.id }));
    },

    select(id) { set({ currentId: id }); },

    setField(id, field, value) {
      set((s) => ({ items: s.items.map((i) => (i.id === id ? { ...i, fields: { ...i.fields, [field]: value } } : i)) }));
    },

    async setBack(id, file) {
      const old = get().items.find((i) => i.id === id);
      if (old?.backUrl) URL.revokeObjectURL(old.backUrl);
      if (!file) { patch(id, { back: null, backUrl: null }); return null; }
      const image = await toCardImage(file);
      if (isRejected(image)) return image;
      patch(id, { back: image, backUrl: URL.createObjectURL(file) });
      return null;
    },

    setEvent(event) { set({ event }); },
    setReceivedOn(receivedOn) { set({ receivedOn }); },

    cancel() { if (get().running) set({ cancelRequested: true }); },

    clear() {
      set({ cancelRequested: true });
      for (const i of get().items) {
        if (i.frontUrl?.startsWith('blob:')) URL.revokeObjectURL(i.frontUrl);
        if (i.backUrl) URL.revokeObjectURL(i.backUrl);
      }
      set({ items: [], currentId: null, progress: { done: 0, total: 0 } });
    },

    async save(id, fields, updateContactId) {
      const item = get().items.find((i) => i.id === id);
      if (!item) throw new Error('no such card');
      const { event, receivedOn } = get();
      const result = await invoke('capture.save', {
        fields,
        ...(item.front ? { front: item.front } : {}),
        ...(item.back ? { back: item.back } : {}),
        ...(item.recognized?.text ? { ocrText: item.recognized.text } : {}),
        ...(updateContactId ? { updateContactId } : {}),
        event: event.trim() || null,
        ...(receivedOn ? { receivedOn } : {}),
      });
      patch(id, { status: 'saved', saved: { contactId: result.contact.id, name: result.contact.name } });
      set({ currentId: nextReviewable(id) });
      dataChanged('contacts');
      return result;
    },

    skip(id) {
      patch(id, { status: 'skipped' });
      set({ currentId: nextReviewable(id) });
    },
  };
});

/** Reviewable again after a skip: a skipped card goes back to what it was (read or not). */
export function reopen(id: number): void {
  const s = useCapture.getState();
  const item = s.items.find((i) => i.id === id);
  if (!item) return;
  if (item.status === 'skipped') {
    useCapture.setState({ items: s.items.map((i) => (i.id === id ? { ...i, status: i.recognized ? 'ready' : 'failed' } : i)) });
  }
  s.select(id);
}

export interface Duplicate {
  id: string;
  name: string;
  company: string | null;
  department: string | null;
  title: string | null;
  matched: 'mobile' | 'phone' | 'email';
  /** The existing values, for the field-by-field merge. */
  values: CardFields;
}

export { findDuplicates } from './capture-duplicates';

/** How many cards wait for review (the sidebar's count). */
export const reviewCount = (s: { items: CaptureItem[] }): number => s.items.filter((i) => REVIEWABLE.has(i.status) || i.status === 'queued' || i.status === 'reading').length;
