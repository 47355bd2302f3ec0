// Loads and saves files through the form's serializer without touching them:
// node roundtrip.mjs <admin folder> <collection> <file>... prints {file: saved text}.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [admin, name, ...files] = process.argv.slice(2);
const url = (rel) => pathToFileURL(join(admin, rel)).href;
const YAML = (await import(url("vendor/yaml/index.js"))).default;
const { collectionFields, makeFormat, orderTree } = await import(url("ventana-yaml.js"));
const config = YAML.parse(readFileSync(join(admin, "config.yml"), "utf8"), { maxAliasCount: -1 });
const collection = config.collections.find((c) => c.name === name);
const format = makeFormat(YAML, orderTree(collectionFields(collection)), collection.extension === "md");
const saved = {};
for (const file of files) saved[file] = format.toFile(format.fromFile(readFileSync(file, "utf8")));
process.stdout.write(JSON.stringify(saved));
