import { Flex, Form, InputNumber, Modal, Select, Switch } from 'antd';
import { Input } from '../../../components/Input';
import { useTranslation } from '../../../i18n';
import { useSaveCategory } from '../api/save-category';
import {
  applyFieldErrors,
  ErrorAlert,
  isApiError,
  type CategoryCreateBody,
  type CategoryDetail,
} from '../deps';

const c = 'categories.form';
type Values = Omit<CategoryCreateBody, 'depositFen' | 'proofKind'> & {
  depositYuan: number;
  proofKind: CategoryCreateBody['proofKind'] | 'none';
};
const empty: Partial<Values> = {
  platform: 'kuaishou',
  type: 'operation',
  depositYuan: 10_000,
  minRegisteredCapitalWan: null,
  minYearsRegistered: null,
  minStaff: null,
  minCaseStudies: null,
  requiresMrdPrd: false,
  requiresCustomerService5x8: false,
  proofKind: 'none',
  note: null,
};

/** New category, or an edit of one: what it asks and its deposit (in yuan here, fen on the wire). */
export function CategoryFormModal(props: {
  editing: CategoryDetail | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveCategory();
  const editing = props.editing === 'new' ? null : props.editing;
  const initial = editing
    ? { ...editing, depositYuan: editing.depositFen / 100, proofKind: editing.proofKind ?? 'none' }
    : empty;

  const onError = (e: unknown) => {
    applyFieldErrors(form, e);
    const deposit = isApiError(e) ? e.fields?.depositFen : undefined;
    if (deposit) form.setFields([{ name: 'depositYuan', errors: [deposit] }]);
  };
  const finish = ({ depositYuan, proofKind, ...v }: Values) => {
    const body = {
      ...v,
      proofKind: proofKind === 'none' ? null : proofKind,
      depositFen: Math.round((depositYuan ?? 0) * 100),
    };
    const done = { onSuccess: props.onClose, onError };
    if (editing) {
      const { platform: _p, ...rest } = body;
      save.mutate({ kind: 'update', id: editing.id, body: rest }, done);
    } else save.mutate({ kind: 'create', body }, done);
  };
  const count = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} extra={t(`${c}.emptyMeansNone`)}>
      <InputNumber
        min={0}
        precision={name === 'minRegisteredCapitalWan' ? 2 : 0}
        style={{ width: 200 }}
        data-testid={`category-${name}`}
      />
    </Form.Item>
  );

  return (
    <Modal
      open={props.editing !== null}
      destroyOnHidden
      title={editing ? t(`${c}.editTitle`) : t(`${c}.newTitle`)}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, ...{ 'data-testid': 'category-save' } }}
      width={640}
    >
      <ErrorAlert error={save.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={finish}
        preserve={false}
      >
        <Form.Item name="platform" label={t(`${c}.platform`)}>
          <Select
            disabled={!!editing}
            options={(['kuaishou', 'xiaohongshu'] as const).map((p) => ({
              value: p,
              label: t(`categories.platform.${p}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="group" label={t(`${c}.group`)} required>
          <Input maxLength={50} data-testid="category-group" />
        </Form.Item>
        <Form.Item name="name" label={t(`${c}.name`)} required>
          <Input maxLength={50} data-testid="category-name" />
        </Form.Item>
        <Form.Item name="type" label={t(`${c}.type`)}>
          <Select
            options={(['tool', 'operation', 'service'] as const).map((s) => ({
              value: s,
              label: t(`serviceType.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="depositYuan" label={t(`${c}.deposit`)} required>
          <InputNumber
            min={0}
            precision={2}
            style={{ width: 200 }}
            suffix={t(`${c}.yuan`)}
            data-testid="category-deposit"
          />
        </Form.Item>
        <Flex gap={16} wrap>
          {count('minRegisteredCapitalWan', t(`${c}.capital`))}
          {count('minYearsRegistered', t(`${c}.years`))}
          {count('minStaff', t(`${c}.staff`))}
          {count('minCaseStudies', t(`${c}.cases`))}
        </Flex>
        <Form.Item name="requiresMrdPrd" label={t(`${c}.mrdPrd`)} valuePropName="checked">
          <Switch data-testid="category-requiresMrdPrd" />
        </Form.Item>
        <Form.Item
          name="requiresCustomerService5x8"
          label={t(`${c}.cs5x8`)}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Form.Item name="proofKind" label={t(`${c}.proofKind`)}>
          <Select
            options={[
              { value: 'none', label: t('categories.proofKind.none') },
              { value: 'incubation', label: t('categories.proofKind.incubation') },
              { value: 'outreach', label: t('categories.proofKind.outreach') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t(`${c}.note`)}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
