/** A column of the console's table (and, by default, a search key). */
export interface Field {
  name: string;
  key: string;
  type?: 'text' | 'enum' | 'datetime' | 'size' | 'list' | 'dict' | 'more';
  options?: Record<string, unknown>;
  /** Not offered as a search key. */
  noSearch?: boolean;
}

/** A key of the console's search bar, when the search keys are not the table's columns (`data_type` as Cloudforet's SearchField). */
export interface SearchKey {
  name: string;
  key: string;
  dataType?: 'integer' | 'datetime';
}

/** A card or chart of the type's page: an inventory aggregate query. */
export interface Widget {
  name: string;
  type: 'card' | 'chart';
  /** `count` of resources, or `sum` of a numeric key. */
  operator: 'count' | 'sum';
  key?: string;
  groupBy?: string;
}

/**
 * The metadata the console reads from a CloudServiceType (`view.table.layout` as a
 * query-search-table, `view.search` (the columns without `noSearch`, or `search` when given),
 * `view.widget`, `view.sub_data.layouts`).
 */
export function typeMetadata({
  fields,
  search,
  widgets = [],
  details = [],
}: {
  fields: Field[];
  search?: SearchKey[];
  widgets?: Widget[];
  details?: Field[];
}) {
  const column = (f: Field) => ({
    key: f.key,
    name: f.name,
    type: f.type ?? 'text',
    ...(f.options ? { options: f.options } : {}),
  });
  return {
    view: {
      table: { layout: { name: '', type: 'query-search-table', options: { fields: fields.map(column) } } },
      search: [
        {
          title: 'Properties',
          items: search
            ? search.map((s) => ({ key: s.key, name: s.name, ...(s.dataType ? { data_type: s.dataType } : {}) }))
            : fields.filter((f) => !f.noSearch).map((f) => ({ key: f.key, name: f.name })),
        },
      ],
      widget: widgets.map((w) => ({
        name: w.name,
        type: w.type,
        options: {
          value_options: { key: 'value', options: { default: 0 } },
          ...(w.groupBy
            ? {
                name_options: {
                  key: 'name',
                  reference:
                    w.groupBy === 'region_code'
                      ? { resource_type: 'inventory.Region', reference_key: 'region_code' }
                      : undefined,
                },
              }
            : {}),
        },
        query: {
          aggregate: [
            w.groupBy
              ? { group: { keys: [{ key: w.groupBy, name: 'name' }], fields: [field(w)] } }
              : { group: { fields: [field(w)] } },
          ],
        },
      })),
      sub_data: {
        layouts: details.length ? [{ name: 'Details', type: 'item', options: { fields: details.map(column) } }] : [],
      },
    },
  };
}

function field(w: Widget) {
  return w.operator === 'count' ? { name: 'value', operator: 'count' } : { name: 'value', key: w.key, operator: 'sum' };
}
