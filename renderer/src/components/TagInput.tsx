// Tags as chips: type and press Enter or a comma to add, Backspace on an empty box removes the
// last one. Known tags are offered as suggestions.
import { useState } from 'react';
import { useT } from '../i18n';
import { Icon } from './Icon';

interface TagInputProps {
  id: string;
  tags: string[];
  suggestions: string[];
  onChange(tags: string[]): void;
  /** Text typed but not yet turned into a chip; the form adds it on save. */
  pending: string;
  onPendingChange(text: string): void;
}

export function splitTags(text: string): string[] {
  return text.split(/[,，、]/).map((t) => t.trim().replace(/^#/, '')).filter(Boolean);
}

export function TagInput({ id, tags, suggestions, onChange, pending, onPendingChange }: TagInputProps) {
  const i18n = useT();
  const [listId] = useState(() => `${id}-suggestions`);

  function commit(text: string) {
    const add = splitTags(text).filter((t) => !tags.includes(t));
    if (add.length) onChange([...tags, ...add]);
    onPendingChange('');
  }

  return (
    <div className="tag-input" data-testid="form-tags">
      {tags.map((t) => (
        <span key={t} className="tag-chip" data-testid="form-tag">
          #{t}
          <button type="button" onClick={() => onChange(tags.filter((x) => x !== t))} aria-label={i18n.t('form.removeTag', { tag: t })}>
            <Icon name="x" size={12} />
          </button>
        </span>
      ))}
      <input
        id={id}
        value={pending}
        list={listId}
        placeholder={tags.length ? '' : i18n.t('form.tagsPlaceholder')}
        onChange={(e) => {
          const v = e.target.value;
          if (/[,，、]/.test(v)) commit(v);
          else onPendingChange(v);
        }}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter' && pending.trim()) { e.preventDefault(); commit(pending); }
          if (e.key === 'Backspace' && !pending && tags.length) onChange(tags.slice(0, -1));
        }}
        onBlur={() => { if (pending.trim()) commit(pending); }}
        data-testid="form-tags-input"
        maxLength={50}
      />
      <datalist id={listId}>
        {suggestions.filter((s) => !tags.includes(s)).map((s) => <option key={s} value={s} />)}
      </datalist>
    </div>
  );
}
