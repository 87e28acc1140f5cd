import { typeMetadata } from './type-metadata';

describe('typeMetadata search keys', () => {
  const fields = [
    { name: 'Size', key: 'data.size' },
    { name: 'Link', key: 'data.self_link', noSearch: true },
  ];

  it('are the columns without noSearch by default', () => {
    expect(typeMetadata({ fields }).view.search).toEqual([
      { title: 'Properties', items: [{ key: 'data.size', name: 'Size' }] },
    ]);
  });

  it('are the given keys, with their data_type, when a search list is given', () => {
    const search = [
      { name: 'Name', key: 'data.name' },
      { name: 'Created', key: 'data.creation_timestamp', dataType: 'datetime' as const },
    ];
    expect(typeMetadata({ fields, search }).view.search).toEqual([
      {
        title: 'Properties',
        items: [
          { key: 'data.name', name: 'Name' },
          { key: 'data.creation_timestamp', name: 'Created', data_type: 'datetime' },
        ],
      },
    ]);
    expect(typeMetadata({ fields, search }).view.table.layout.options.fields.map((f) => f.key)).toEqual([
      'data.size',
      'data.self_link',
    ]);
  });
});
