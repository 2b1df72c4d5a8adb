export { saveUpload, findOwnedFile, getFileRef, readFileFor, type FileRef } from './files.service';
export { filesRoutes } from './files.routes';
export { readPublishedFile } from './files.service';
