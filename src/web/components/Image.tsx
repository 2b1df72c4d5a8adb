import { lazy, Suspense, useState } from 'react';
import './display.css';
import { dataAttrs, type DataAttrs } from './data-attrs';

const ImagePreview = lazy(() => import('./ImagePreview'));

interface Props extends DataAttrs {
  src: string;
  width?: number;
  height?: number;
  alt?: string;
  /** The images shown with this one in the preview (arrows between them); default just `src`. */
  group?: string[];
}

/**
 * A thumbnail that opens antd's image preview when clicked. The preview (zoom, rotate, arrows:
 * ~12 KB gzip) loads on that click; antd's Image loaded it with every page showing a picture.
 */
export function Image({ src, width, height, alt, group, ...rest }: Props) {
  const [open, setOpen] = useState(false);
  const items = group ?? [src];
  return (
    <>
      <img
        className="fuwu-image"
        src={src}
        width={width}
        height={height}
        alt={alt}
        {...dataAttrs(rest)}
        onClick={() => setOpen(true)}
      />
      {open && (
        <Suspense fallback={null}>
          <ImagePreview
            items={items}
            current={Math.max(items.indexOf(src), 0)}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
