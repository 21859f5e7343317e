import { useEffect, useState } from 'react';

/** A QR code of `value`, drawn by a library loaded only when one is shown. */
export function QrCode({ value }: { value: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    import('uqr').then(
      ({ renderSVG }) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(value, { border: 2 }))}`);
      },
      // Offline when the panel opened: the link and the code work without the picture.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value]);
  if (!src) return null;
  return <img src={src} width={144} height={144} alt={`QR code of ${value}`} className="rounded bg-white p-1" />;
}
