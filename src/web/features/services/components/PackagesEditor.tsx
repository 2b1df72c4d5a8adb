import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form } from 'antd';
import { Checkbox } from '../../../components/Checkbox';
import { Input } from '../../../components/Input';
import { NumberInput } from '../../../components/NumberInput';
import { Segmented } from '../../../components/Segmented';
import { Typography } from '../../../components/Typography';
import { Card } from '../../../components/Card';
import { useTranslation } from '../../../i18n';
import { SERVICE_DURATIONS } from '../deps';

export type SpecValues = {
  version: string;
  durationDays: number;
  priceYuan: number | null;
  trial: boolean;
};

const newSpec = (): SpecValues => ({
  version: '',
  durationDays: 31,
  priceYuan: null,
  trial: false,
});

/** The service form's packages, each a card of spec rows (version, duration, price, trial). */
export function PackagesEditor() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5}>{t('services.field.packages')}</Typography.Title>
      <Form.List name="packages">
        {(pkgs, { add, remove }, { errors }) => (
          <Flex vertical gap={12} data-testid="service-packages-edit">
            {pkgs.map((pkg) => (
              <Card
                key={pkg.key}
                size="small"
                data-testid={`package-${pkg.name}`}
                title={
                  <Form.Item name={[pkg.name, 'name']} noStyle>
                    <Input
                      placeholder={t('services.field.packageName')}
                      style={{ maxWidth: 240 }}
                      data-testid={`package-name-${pkg.name}`}
                    />
                  </Form.Item>
                }
                extra={
                  <Button
                    danger
                    type="link"
                    onClick={() => remove(pkg.name)}
                    data-testid={`package-remove-${pkg.name}`}
                  >
                    {t('services.removePackage')}
                  </Button>
                }
              >
                <Form.List name={[pkg.name, 'specs']}>
                  {(specs, specOps) => (
                    <Flex vertical gap={4}>
                      {specs.map((spec) => {
                        const id = `${pkg.name}-${spec.name}`;
                        return (
                          <Flex
                            gap="small"
                            key={spec.key}
                            align="baseline"
                            wrap
                            data-testid={`spec-${id}`}
                          >
                            <Form.Item
                              name={[spec.name, 'version']}
                              label={t('services.field.version')}
                            >
                              <Input style={{ width: 140 }} data-testid={`spec-version-${id}`} />
                            </Form.Item>
                            <Form.Item
                              name={[spec.name, 'durationDays']}
                              label={t('services.field.duration')}
                            >
                              <Segmented
                                aria-label={t('services.field.duration')}
                                data-testid={`spec-duration-${id}`}
                                options={SERVICE_DURATIONS.map((d) => ({
                                  value: d,
                                  label: t(`services.duration.${d}`),
                                }))}
                              />
                            </Form.Item>
                            <Form.Item
                              name={[spec.name, 'priceYuan']}
                              label={t('services.field.priceYuan')}
                            >
                              <NumberInput
                                min={0}
                                precision={2}
                                style={{ width: 130 }}
                                data-testid={`spec-price-${id}`}
                              />
                            </Form.Item>
                            <Form.Item name={[spec.name, 'trial']} valuePropName="checked">
                              <Checkbox data-testid={`spec-trial-${id}`}>
                                {t('services.field.trial')}
                              </Checkbox>
                            </Form.Item>
                            <Button
                              type="text"
                              icon={<MinusCircleOutlined />}
                              aria-label={t('services.removeSpec')}
                              onClick={() => specOps.remove(spec.name)}
                              data-testid={`spec-remove-${id}`}
                            />
                          </Flex>
                        );
                      })}
                      <Button
                        type="dashed"
                        icon={<PlusOutlined />}
                        onClick={() => specOps.add(newSpec())}
                        data-testid={`spec-add-${pkg.name}`}
                      >
                        {t('services.addSpec')}
                      </Button>
                    </Flex>
                  )}
                </Form.List>
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', specs: [newSpec()] })}
              data-testid="package-add"
            >
              {t('services.addPackage')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </>
  );
}
