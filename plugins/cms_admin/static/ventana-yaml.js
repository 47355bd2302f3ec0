// The form's YAML serializer: the same code in the browser (ventana-cms.js) and in the
// round-trip test (Node), so "saved unchanged, data unchanged" is tested on what ships.
//
// YAML 1.1, like the build's reader: texts such as "14", "yes" or "no" stay quoted, so
// they stay texts. Dates stay AAAA-MM-DD without quotes, as editors write them. Keys
// follow the schema's order at every level; a cleared optional field is left out
// (unless the schema accepts an empty text there, like a page's url: "").

const TIMESTAMP = "tag:yaml.org,2002:timestamp";
const withoutTimestamp = (tags) => tags.filter((tag) => tag.tag !== TIMESTAMP);

export const PARSE = { version: "1.1", customTags: withoutTimestamp, uniqueKeys: true };
export const STRINGIFY = { version: "1.1", customTags: withoutTimestamp, lineWidth: 0 };
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n([\s\S]*)$/;

// The order of keys the form's fields give (they follow the schema), as a tree.
export function orderTree(fields) {
  const node = { keys: [], children: {}, keepEmpty: [] };
  for (const field of fields || []) {
    node.keys.push(field.name);
    const text = field.widget === "string" || field.widget === "text";
    if (text && !field.pattern) node.keepEmpty.push(field.name);
    const child = fieldTree(field);
    if (child) node.children[field.name] = child;
  }
  return node;
}

function fieldTree(field) {
  if (field.types) {
    const byType = {};
    for (const type of field.types) {
      byType[type.name] = orderTree([{ name: field.typeKey }, ...type.fields]);
    }
    return { items: { byType, typeKey: field.typeKey } };
  }
  if (field.fields) {
    const tree = orderTree(field.fields);
    return field.widget === "list" ? { items: tree } : tree;
  }
  return null;
}

const isEmpty = (value) => value === undefined || value === null || value === "";
const keeps = (node, key, value) => value === "" && node && node.keepEmpty.includes(key);
const isMap = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

export function sortKeys(value, node) {
  if (Array.isArray(value)) return value.map((item) => sortKeys(item, node && node.items));
  if (!isMap(value)) return value;
  if (node && node.byType) node = node.byType[value[node.typeKey]];
  const known = node ? node.keys.filter((key) => key in value) : [];
  const rest = Object.keys(value).filter((key) => !known.includes(key));
  const sorted = {};
  for (const key of [...known, ...rest]) {
    if (isEmpty(value[key]) && !keeps(node, key, value[key])) continue;
    sorted[key] = sortKeys(value[key], node && node.children[key]);
  }
  return sorted;
}

// A Decap custom format: fromFile(text) -> data, toFile(data) -> text.
export function makeFormat(YAML, tree, markdown) {
  const load = (text) => YAML.parse(text, PARSE) ?? {};
  const dump = (data) => YAML.stringify(sortKeys(data, tree), STRINGIFY);
  if (!markdown) return { fromFile: load, toFile: dump };
  return {
    fromFile(text) {
      const match = FRONT_MATTER.exec(text);
      return match ? { ...load(match[1]), body: match[2] } : { body: text };
    },
    toFile(data) {
      const { body, ...header } = data;
      return `---\n${dump(header)}---\n${body ?? ""}`;
    },
  };
}

// The fields of a collection: a folder's, or the first file's (a files collection
// edits files of one schema).
export function collectionFields(collection) {
  return collection.fields || collection.files[0].fields;
}
