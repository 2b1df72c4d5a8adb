import InputBase from 'antd/es/input/Input';
import TextArea from 'antd/es/input/TextArea';

/**
 * antd's Input and Input.TextArea without the rest of antd's Input module (Search, Password, OTP,
 * Group and their styles, ~4 KB gzip on every form). A form needing those imports them from antd.
 */
export const Input = Object.assign(InputBase, { TextArea });
