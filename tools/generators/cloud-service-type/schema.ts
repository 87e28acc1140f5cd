export interface CloudServiceTypeSchema {
  plugin: string;
  group: string;
  type: string;
  command?: string;
  list?: string;
  item?: string;
  id?: string;
  paginated?: boolean;
  skipFormat?: boolean;
}
