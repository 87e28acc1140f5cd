// The console view helpers live in plugin-core (shared by the collectors); the type files import them from here.
export { typeMetadata, type Field, type Widget } from '@cloudforet/plugin-core';
