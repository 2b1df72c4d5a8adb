/**
 * What bench/bundle.ts needs to know beyond the route table: which first screens load part of
 * themselves lazily, and which lazy chunks no first screen needs. Keys are Vite manifest keys
 * (source paths from the repo root).
 */

/** First screens (a route in one state) that need lazily loaded chunks besides the route's. */
export const FIRST_SCREENS: { route: string; state: string; lazy: string[] }[] = [
  {
    route: '/provider/onboarding',
    state: 'agreements',
    lazy: ['src/web/features/onboarding/components/AgreementsStep.tsx'],
  },
  {
    route: '/provider/onboarding',
    state: 'eligibility',
    lazy: ['src/web/features/onboarding/components/EligibilityStep.tsx'],
  },
  {
    route: '/provider/onboarding',
    state: 'wizard',
    lazy: ['src/web/features/onboarding/components/OnboardingWizard.tsx'],
  },
  {
    route: '/provider/services/:id',
    state: 'edit form',
    lazy: ['src/web/features/services/components/ServiceForm.tsx'],
  },
  {
    route: '/provider/qualifications/:id',
    state: 'materials form',
    lazy: ['src/web/features/qualifications/components/MaterialsForm.tsx'],
  },
  {
    route: '/ops/onboarding/:id',
    state: 'approved: provider penalties',
    lazy: ['src/web/features/services/components/ProviderPenaltyPanel.tsx'],
  },
  {
    route: '/ops/services/:id',
    state: 'provider penalties',
    lazy: ['src/web/features/services/components/ProviderPenaltyPanel.tsx'],
  },
];

/**
 * Lazy chunks no first screen shows (manifest keys, or the name of a shared chunk): dialogs and
 * pop-ups opened by a click, the message host (the first message), the error view (a failed
 * route), en-US (a visitor who chose English: a first visit is zh-CN).
 */
export const ON_DEMAND = [
  'src/web/components/MessageHost.tsx',
  'src/web/app/RouteErrorView.tsx',
  'src/web/i18n/en-US.json',
  'src/web/components/ImagePreview.tsx',
  'node_modules/antd/es/popconfirm/index.js',
  'tooltip', // Form.Item's label tooltip, when one is shown (vite.config.ts)
  'src/web/features/apps/components/SecretOnceDialog.tsx',
  'src/web/features/apps/components/SuspendModal.tsx',
  'src/web/features/categories/components/CategoryFormModal.tsx',
  'src/web/features/deposit/components/PayDialog.tsx',
  'src/web/features/deposit/components/RechargeDialog.tsx',
  'src/web/features/orders/components/HideRatingDialog.tsx',
  'src/web/features/orders/components/RateDialog.tsx',
  'src/web/features/qualification-review/components/RejectDialog.tsx',
  'src/web/features/review/components/RejectModal.tsx',
  'src/web/features/services/components/RejectVersionDialog.tsx',
];
