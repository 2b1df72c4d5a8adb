import RcUpload, { type UploadProps as RcUploadProps } from '@rc-component/upload';
import './display.css';

type Props = Pick<RcUploadProps, 'accept' | 'beforeUpload' | 'customRequest' | 'children'> & {
  /** Put on the file input, as antd's Upload does (tests set files on it). */
  'data-testid'?: string;
};

/**
 * A button that picks a file and hands it to `customRequest`: antd's Upload without its file
 * list, which the app never shows, but that antd's Upload
 * imports with Tooltip and Progress (~30 KB gzip). `beforeUpload` returning false skips the file.
 */
export function Upload(props: Props) {
  return <RcUpload className="fuwu-upload" {...props} />;
}
