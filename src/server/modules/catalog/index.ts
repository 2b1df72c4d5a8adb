export { ensureCatalog, listCategories } from './catalog.service';
export { catalogRoutes } from './catalog.routes';
