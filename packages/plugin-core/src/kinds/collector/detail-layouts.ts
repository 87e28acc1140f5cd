import { typeMetadata, type Field } from './type-metadata';

/**
 * A tab of a resource's detail page (Cloudforet's dynamic layouts): fields of the resource (from
 * `rootPath` when given), rows of a list in `data` (`table`, or `simple-table` without paging), or
 * tabs in a tab (`list`).
 */
export type DetailLayout =
  | { name: string; type: 'item'; rootPath?: string; fields: Field[] }
  | { name: string; type: 'table'; rootPath: string; fields: Field[] }
  | { name: string; type: 'simple-table'; rootPath: string; fields: Field[] }
  | { name: string; type: 'list'; layouts: DetailLayout[] };

/** The console's form of a tab (`view.sub_data.layouts[n]`), its fields as the table's columns. */
export function detailLayout(layout: DetailLayout): Record<string, unknown> {
  if (layout.type === 'list')
    return { name: layout.name, type: 'list', options: { layouts: layout.layouts.map(detailLayout) } };
  const fields = typeMetadata({ fields: layout.fields }).view.table.layout.options.fields;
  const rootPath = layout.rootPath === undefined ? {} : { root_path: layout.rootPath };
  return { name: layout.name, type: layout.type, options: { ...rootPath, fields } };
}
