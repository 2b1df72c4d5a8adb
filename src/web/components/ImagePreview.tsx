import Image from 'antd/es/image';

interface Props {
  items: string[];
  current: number;
  onClose: () => void;
}

/** antd's preview of a group of images, open from the start (components/Image.tsx loads it). */
export default function ImagePreview({ items, current, onClose }: Props) {
  return (
    <Image.PreviewGroup
      items={items}
      preview={{
        open: true,
        current,
        onOpenChange: (open) => {
          if (!open) onClose();
        },
      }}
    />
  );
}
