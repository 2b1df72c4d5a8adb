// The auth feature's public surface for the app shell.
export { useLogout } from './api/logout';
