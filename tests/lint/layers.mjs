// @ts-check
/**
 * The lint rule that keeps src/'s layers: an import is resolved against the file
 * that makes it, and refused when it reaches a folder of src/ that the file's
 * folder may not use (LAYERS). Resolving the path (rather than matching the
 * import text) is what tells "./charts/x.ts" inside src/client/ (its own
 * subfolder) from "../charts/x.ts" (the chart folder of another layer).
 */
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Folder → the folders of src/ it may import from (its own always). Everything else is refused.
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const LAYERS = {
  i18n: [],
  model: ['i18n'],
  rules: ['model', 'i18n'],
  data: ['rules', 'model', 'i18n'],
  render: ['data', 'model', 'i18n'],
  routes: ['data', 'model', 'i18n'],
  charts: ['routes', 'render', 'data', 'rules', 'model', 'i18n'],
  views: ['charts', 'routes', 'render', 'data', 'rules', 'model', 'i18n'],
  components: ['views', 'charts', 'routes', 'render', 'data', 'model', 'i18n', 'client', 'styles'],
  layouts: ['components', 'views', 'charts', 'routes', 'render', 'data', 'model', 'i18n', 'client', 'styles'],
  pages: ['layouts', 'components', 'views', 'charts', 'routes', 'render', 'data', 'model', 'i18n', 'client', 'styles'],
  validate: ['charts', 'data', 'rules', 'model', 'i18n'],
  integrations: ['validate', 'routes', 'data', 'model', 'i18n'],
  cli: ['integrations', 'validate', 'routes', 'data', 'rules', 'model', 'i18n'],
  client: [],
};

const SRC = resolve(import.meta.dirname, '../../src');

/**
 * The top folder of src/ a path is in ("data" for src/data/load.ts), or undefined outside a folder of src/.
 * @param {string} path
 */
function layerOf(path) {
  const rel = relative(SRC, path);
  if (rel.startsWith('..') || !rel.includes(sep)) return undefined;
  return rel.split(sep)[0];
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'keep the layers of src/: a folder imports only from the folders below it' },
    schema: [],
    messages: {
      layer: 'src/{{from}}/ may not import from src/{{to}}/ ({{allowed}}). {{why}}',
      builtin: 'src/client/ may not import {{source}}: browser code runs where Node built-ins do not exist.',
    },
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from || !(from in LAYERS)) return {};
    const allowed = LAYERS[from] ?? [];
    /** @param {import('estree').Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (from === 'client' && source.startsWith('node:')) {
        context.report({ node, messageId: 'builtin', data: { source } });
        return;
      }
      if (!source.startsWith('.')) return;
      const to = layerOf(resolve(dirname(context.filename), source));
      if (!to || to === from || allowed.includes(to)) return;
      const why =
        from === 'client'
          ? 'Browser code imports only browser code: a build-time module would ship to readers, or fail there.'
          : 'Move the shared code down a layer, or pass it in as an argument.';
      context.report({
        node,
        messageId: 'layer',
        data: { from, to, allowed: allowed.length ? `it may use ${allowed.join(', ')}` : 'it may use no other folder', why },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { layers: rule } };
