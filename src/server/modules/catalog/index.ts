import { registerMessages } from '../../platform/messages';

registerMessages({
  'CATALOG.NAME_TAKEN': {
    zh: '同一平台、同一分组下已有同名类目',
    en: 'This platform already has a category of that name in that group',
  },
});

export { ensureCatalog, listCategories } from './catalog.service';
export { getCategory, listCategoryDetails } from './catalog-admin.service';
export { catalogRoutes } from './catalog.routes';
