// Photograph a card with the webcam (getUserMedia, video only). In Electron the main process
// grants the camera to our own window only; in browser mode Chromium asks the user as usual.
import { useEffect, useRef, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Misc';
import { useT } from '../../i18n';

interface Props {
  onClose(): void;
  onPhoto(file: File): void;
}

let shot = 1;

export function CameraDialog({ onClose, onPhoto }: Props) {
  const i18n = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'starting' | 'live' | { error: string }>('starting');

  useEffect(() => {
    let stream: MediaStream | null = null;
    let live = true;
    navigator.mediaDevices?.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 }, facingMode: 'environment' }, audio: false })
      .then((s) => {
        if (!live) { s.getTracks().forEach((t) => t.stop()); return; }
        stream = s;
        video.current!.srcObject = s;
        return video.current!.play().then(() => setState('live'));
      })
      .catch((e: unknown) => { if (live) setState({ error: e instanceof Error ? e.message : String(e) }); });
    if (!navigator.mediaDevices) setState({ error: 'getUserMedia' });
    // Always let go of the camera: its light goes off when the dialog closes.
    return () => { live = false; stream?.getTracks().forEach((t) => t.stop()); };
  }, []);

  function take() {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')!.drawImage(v, 0, 0);
    canvas.toBlob((blob) => {
      if (!blob) return;
      onPhoto(new File([blob], `camera-${shot++}.jpg`, { type: 'image/jpeg' }));
      onClose();
    }, 'image/jpeg', 0.92);
  }

  const footer = (
    <>
      <button type="button" className="button" onClick={onClose}>{i18n.t('common.cancel')}</button>
      <button type="button" className="button primary" onClick={take} disabled={state !== 'live'} data-testid="camera-shoot" data-autofocus>
        <Icon name="card" />{i18n.t('capture.cameraShoot')}
      </button>
    </>
  );

  return (
    <Dialog title={i18n.t('capture.cameraTitle')} subtitle={i18n.t('capture.cameraHint')} onClose={onClose} footer={footer} size="lg" testId="camera">
      <div className="camera-frame">
        <video ref={video} muted playsInline data-testid="camera-video" hidden={state !== 'live'} />
        {state === 'starting' ? <Spinner label={i18n.t('capture.cameraStarting')} /> : null}
        {typeof state === 'object' ? <p className="inline-warning" data-testid="camera-error">{i18n.t('capture.cameraDenied', { message: state.error })}</p> : null}
        {state === 'live' ? <span className="camera-guide" aria-hidden="true" /> : null}
      </div>
    </Dialog>
  );
}
