import { Typography } from '../../../components/Typography';

/** Working days left before the review deadline; overdue in red. */
export function DaysLeft({ days }: { days: number | null }) {
  if (days === null) return <>—</>;
  return <Typography.Text type={days < 0 ? 'danger' : undefined}>{days}</Typography.Text>;
}
