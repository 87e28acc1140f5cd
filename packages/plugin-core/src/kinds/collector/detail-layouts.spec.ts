import { detailLayout } from './detail-layouts';

describe('detailLayout', () => {
  it('an item tab: its fields as columns, root_path only when given', () => {
    const fields = [{ name: 'E-mail', key: 'email' }];
    expect(detailLayout({ name: 'Account', type: 'item', fields })).toEqual({
      name: 'Account',
      type: 'item',
      options: { fields: [{ key: 'email', name: 'E-mail', type: 'text' }] },
    });
    expect(detailLayout({ name: 'Account', type: 'item', rootPath: 'data.account', fields })).toEqual({
      name: 'Account',
      type: 'item',
      options: { root_path: 'data.account', fields: [{ key: 'email', name: 'E-mail', type: 'text' }] },
    });
  });

  it('a table tab under its root_path, and a list tab of tabs', () => {
    const table = {
      name: 'Labels',
      type: 'table' as const,
      rootPath: 'data.labels',
      fields: [{ name: 'Size', key: 'size', type: 'size' as const, options: { display_unit: 'GB' } }],
    };
    expect(detailLayout({ name: 'All', type: 'list', layouts: [table] })).toEqual({
      name: 'All',
      type: 'list',
      options: {
        layouts: [
          {
            name: 'Labels',
            type: 'table',
            options: {
              root_path: 'data.labels',
              fields: [{ key: 'size', name: 'Size', type: 'size', options: { display_unit: 'GB' } }],
            },
          },
        ],
      },
    });
  });

  it('a simple-table tab keeps its type and root_path', () => {
    expect(
      detailLayout({
        name: 'Keys',
        type: 'simple-table',
        rootPath: 'data.keys',
        fields: [{ name: 'User', key: 'user' }],
      }),
    ).toEqual({
      name: 'Keys',
      type: 'simple-table',
      options: { root_path: 'data.keys', fields: [{ key: 'user', name: 'User', type: 'text' }] },
    });
  });
});
