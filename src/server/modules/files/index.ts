import { registerMessages } from '../../platform/messages';

registerMessages({
  'FILES.MACRO_NOT_ALLOWED': {
    zh: '文件包含宏（VBA）或 ActiveX 控件，出于安全考虑不能上传；请另存为不含宏的 PPTX/DOCX 或导出为 PDF 后重试',
    en: 'The file contains macros (VBA) or ActiveX controls and cannot be uploaded for safety; save it without macros (PPTX/DOCX) or export a PDF',
  },
  'FILES.SCRIPT_NOT_ALLOWED': {
    zh: 'PDF 文件包含 JavaScript 脚本或自动执行的动作，出于安全考虑不能上传；请重新导出不含脚本的 PDF',
    en: 'The PDF contains JavaScript or actions that run on opening and cannot be uploaded for safety; export it again without scripts',
  },
});

export { saveUpload, findOwnedFile, getFileRef, readFileFor, type FileRef } from './files.service';
export { type UploadPurpose } from './files.rules';
export { filesRoutes } from './files.routes';
export { readPublishedFile } from './files.service';
