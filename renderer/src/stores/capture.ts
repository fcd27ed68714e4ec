// Card capture (issue 6): the batch of card images being read and reviewed. Images are read one
// at a time (capture.recognize), so Cancel stops the queue between two cards; every card can be
// reviewed — by hand when it could not be read — and is saved with capture.save.
import { create } from 'zustand';
import type { CardImage, CardSaveResult, RecognizedCard } from '../../../shared/contract/capture';
import { CARD_FIELDS, CARD_IMAGE_MIMES, type CardField } from '../../../shared/contract/card-fields';
import type { CaptureDraft } from '../../../shared/contract/capture-drafts';
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
  /** The unsaved card as kept in the book (capture.drafts), so a reload does not lose it. */
  draftId: string | null;
  /** The OCR text of a card restored from a draft (a freshly read card has it in `recognized`). */
  ocrText: string | null;
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
  /** Unsaved cards kept from an earlier visit or run, until restored or discarded (null: not asked yet). */
  drafts: CaptureDraft[] | null;
  loadDrafts(): Promise<void>;
  restoreDrafts(): void;
  discardDrafts(): Promise<void>;
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

/** Typing is saved into the draft this long after the last keystroke. */
const DRAFT_DELAY_MS = 500;

export const useCapture = create<CaptureState>()((set, get) => {
  const patch = (id: number, p: Partial<CaptureItem>) =>
    set((s) => ({ items: s.items.map((i) => (i.id === id ? { ...i, ...p } : i)) }));

  // ── drafts: every card read or typed is kept in the book until saved or discarded ──────────
  // One chain per card, so its first write (which creates the draft and sends the images) comes
  // before its field updates; a failure only costs the draft, never the card on screen.
  const chains = new Map<number, Promise<void>>();
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  function persist(id: number, images: { front?: boolean; back?: boolean; dropBack?: boolean } = {}): void {
    const run = async () => {
      const item = get().items.find((i) => i.id === id);
      if (!item || item.status === 'saved') return;
      const ocrText = item.recognized?.text ?? item.ocrText ?? undefined;
      const first = !item.draftId;
      const r = await invoke('capture.drafts.save', {
        ...(item.draftId ? { id: item.draftId } : { name: item.name }),
        fields: item.fields,
        ...((first || images.front) && item.front ? { front: item.front } : {}),
        ...((first || images.back) && item.back ? { back: item.back } : {}),
        ...(images.dropBack ? { dropBack: true } : {}),
        ...(first && ocrText ? { ocrText } : {}),
      });
      if (first) patch(id, { draftId: r.id });
    };
    chains.set(id, (chains.get(id) ?? Promise.resolve()).then(run).catch(() => undefined));
  }
  function persistSoon(id: number): void {
    clearTimeout(timers.get(id));
    timers.set(id, setTimeout(() => { timers.delete(id); persist(id); }, DRAFT_DELAY_MS));
  }
  /** Wait for the card's pending draft writes (a save must name the draft it replaces). */
  async function settled(id: number): Promise<void> {
    if (timers.has(id)) { clearTimeout(timers.get(id)); timers.delete(id); persist(id); }
    await chains.get(id);
  }

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
        persist(item.id);
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
    drafts: null,

    async addFiles(files) {
      const read = await Promise.all(files.map(async (file) => ({ file, image: await toCardImage(file) })));
      const rejected = read.map((r) => r.image).filter(isRejected);
      const added: CaptureItem[] = read.flatMap(({ file, image }) => (isRejected(image) ? [] : [{
        id: nextId++, name: image.name, front: image, frontUrl: URL.createObjectURL(file),
        back: null, backUrl: null, status: 'queued' as const, recognized: null, fields: emptyFields(), saved: null,
        draftId: null, ocrText: null,
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
        recognized: null, fields: emptyFields(), saved: null, draftId: null, ocrText: null,
      };
      set((s) => ({ items: [...s.items, item], currentId: item.id }));
    },

    select(id) { set({ currentId: id }); },

    setField(id, field, value) {
      set((s) => ({ items: s.items.map((i) => (i.id === id ? { ...i, fields: { ...i.fields, [field]: value } } : i)) }));
      persistSoon(id);
    },

    async setBack(id, file) {
      const old = get().items.find((i) => i.id === id);
      if (old?.backUrl) URL.revokeObjectURL(old.backUrl);
      if (!file) { patch(id, { back: null, backUrl: null }); persist(id, { dropBack: true }); return null; }
      const image = await toCardImage(file);
      if (isRejected(image)) return image;
      patch(id, { back: image, backUrl: URL.createObjectURL(file) });
      persist(id, { back: true });
      return null;
    },

    setEvent(event) { set({ event }); },
    setReceivedOn(receivedOn) { set({ receivedOn }); },

    cancel() { if (get().running) set({ cancelRequested: true }); },

    clear() {
      set({ cancelRequested: true });
      // Clearing the batch discards its unsaved cards (after their pending writes, so none is left behind).
      const items = get().items.filter((i) => i.status !== 'saved');
      void Promise.all(items.map((i) => settled(i.id).then(() => get().items.find((x) => x.id === i.id)?.draftId ?? i.draftId)))
        .then((ids) => { const keep = ids.filter((x): x is string => !!x); return keep.length ? invoke('capture.drafts.remove', { ids: keep }) : null; })
        .catch(() => undefined);
      for (const i of get().items) {
        if (i.frontUrl?.startsWith('blob:')) URL.revokeObjectURL(i.frontUrl);
        if (i.backUrl) URL.revokeObjectURL(i.backUrl);
      }
      set({ items: [], currentId: null, progress: { done: 0, total: 0 } });
    },

    async save(id, fields, updateContactId) {
      await settled(id);
      const item = get().items.find((i) => i.id === id);
      if (!item) throw new Error('no such card');
      const { event, receivedOn } = get();
      const result = await invoke('capture.save', {
        fields,
        ...(item.front ? { front: item.front } : {}),
        ...(item.back ? { back: item.back } : {}),
        ...(item.recognized?.text ?? item.ocrText ? { ocrText: (item.recognized?.text ?? item.ocrText)! } : {}),
        ...(item.draftId ? { draftId: item.draftId } : {}),
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

    async loadDrafts() {
      const { items } = await invoke('capture.drafts.list', {});
      // Cards of this batch are on screen already; only the others are offered.
      const mine = new Set(get().items.map((i) => i.draftId));
      set({ drafts: items.filter((d) => !mine.has(d.id)) });
    },

    restoreDrafts() {
      const drafts = get().drafts ?? [];
      const restored: CaptureItem[] = drafts.map((d) => ({
        id: nextId++, name: d.name,
        front: d.front ? { name: d.name || 'card.jpg', mime: 'image/jpeg', dataBase64: d.front.dataBase64 } : null,
        frontUrl: d.front ? `data:image/jpeg;base64,${d.front.dataBase64}` : null,
        back: d.back ? { name: 'back.jpg', mime: 'image/jpeg', dataBase64: d.back.dataBase64 } : null,
        backUrl: d.back ? `data:image/jpeg;base64,${d.back.dataBase64}` : null,
        // Read before: ready for review as it was left; never read: typed by hand.
        status: d.ocrText ? 'ready' : 'failed', recognized: null, fields: { ...emptyFields(), ...d.fields }, saved: null,
        draftId: d.id, ocrText: d.ocrText,
      }));
      set((s) => ({ items: [...s.items, ...restored], drafts: [], currentId: s.currentId ?? restored[0]?.id ?? null }));
    },

    async discardDrafts() {
      const ids = (get().drafts ?? []).map((d) => d.id);
      set({ drafts: [] });
      if (ids.length) await invoke('capture.drafts.remove', { ids });
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
