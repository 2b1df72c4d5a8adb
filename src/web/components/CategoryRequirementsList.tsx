import { Tag } from './Tag';
import { useTranslation } from '../i18n';
import type { CategoryRequirements } from '../../contracts/catalog';
import { formatFen } from '../lib/format';

/** What a category asks, as tags: thresholds, documents, proofs and the deposit. */
export function CategoryRequirementsList({
  req,
  depositFen,
}: {
  req: CategoryRequirements;
  depositFen?: number;
}) {
  const { t } = useTranslation();
  const items: string[] = [];
  const r = 'qualifications.requirements';
  if (req.minRegisteredCapitalWan !== null)
    items.push(t(`${r}.capital`, { value: req.minRegisteredCapitalWan }));
  if (req.minYearsRegistered !== null)
    items.push(t(`${r}.years`, { value: req.minYearsRegistered }));
  if (req.minStaff !== null) items.push(t(`${r}.staff`, { value: req.minStaff }));
  if (req.minCaseStudies) items.push(t(`${r}.cases`, { value: req.minCaseStudies }));
  if (req.requiresMrdPrd) items.push(t(`${r}.mrdPrd`));
  if (req.requiresCustomerService5x8) items.push(t(`${r}.cs5x8`));
  if (req.proofKind) items.push(t(`${r}.${req.proofKind}`));
  return (
    <span data-testid="category-requirements">
      {items.length === 0 && <Tag>{t(`${r}.none`)}</Tag>}
      {items.map((text) => (
        <Tag key={text} color="blue" style={{ marginBottom: 4 }}>
          {text}
        </Tag>
      ))}
      {depositFen !== undefined && (
        <Tag color="gold">{t(`${r}.deposit`, { amount: formatFen(depositFen) })}</Tag>
      )}
    </span>
  );
}
