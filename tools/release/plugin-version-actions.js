// `nx release` version actions for a plugin: @nx/js's (the plugin's package.json), plus the `version:`
// line of its plugin.yaml, so that package.json version = plugin.yaml version = image tag. The line is
// edited in place (comments and layout stay).
'use strict';
const { join } = require('node:path');
const { default: JsVersionActions, afterAllProjectsVersioned } = require('@nx/js/src/release/version-actions');

class PluginVersionActions extends JsVersionActions {
  async updateProjectVersion(tree, newVersion) {
    const logs = await super.updateProjectVersion(tree, newVersion);
    const file = join(this.projectGraphNode.data.root, 'plugin.yaml');
    const text = tree.read(file, 'utf-8');
    if (text === null) return logs;
    if (!/^version: .*$/m.test(text)) throw new Error(`${file} has no "version:" line to set`);
    tree.write(file, text.replace(/^version: .*$/m, `version: ${newVersion}`));
    return [...logs, `✍️  New version ${newVersion} written to ${file}`];
  }
}

module.exports = PluginVersionActions;
module.exports.default = PluginVersionActions;
module.exports.afterAllProjectsVersioned = afterAllProjectsVersioned;
