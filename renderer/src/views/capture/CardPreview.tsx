// The card beside its fields: front or back, and — for a card that was read — the rectangle a
// clicked field was read from (RecognizedCard.boxes are fractions of the preview image).
import { useState } from 'react';
import type { CardBox } from '../../../../shared/contract/capture';
import { Segmented } from '../../components/Segmented';
import { useT } from '../../i18n';

interface Props {
  frontUrl: string | null;
  backUrl: string | null;
  side: 'front' | 'back';
  onSide(side: 'front' | 'back'): void;
  box: CardBox | null;
}

export function CardPreview({ frontUrl, backUrl, side, onSide, box }: Props) {
  const i18n = useT();
  const url = side === 'back' ? backUrl : frontUrl;
  // Chromium cannot show HEIC: the card is still saved (when this computer can decode it), just not previewed.
  const [broken, setBroken] = useState<string | null>(null);
  return (
    <div className="card-preview">
      {backUrl ? (
        <Segmented
          label={i18n.t('capture.front')} value={side} onChange={onSide} testIdPrefix="capture-side" className="card-sides"
          options={[{ value: 'front', label: i18n.t('capture.front') }, { value: 'back', label: i18n.t('capture.back') }]}
        />
      ) : null}
      <div className="card-preview-frame" data-testid="capture-preview">
        {url && broken !== url ? (
          <>
            <img src={url} alt={i18n.t(side === 'back' ? 'capture.back' : 'capture.front')} onError={() => setBroken(url)} />
            {box && side === 'front' ? (
              <span
                className="card-box"
                data-testid="capture-box"
                style={{ left: `${box.x * 100}%`, top: `${box.y * 100}%`, width: `${box.w * 100}%`, height: `${box.h * 100}%` }}
              />
            ) : null}
          </>
        ) : (
          <p className="card-preview-none">{i18n.t('capture.noPreview')}</p>
        )}
      </div>
    </div>
  );
}
