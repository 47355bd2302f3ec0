// Starts Decap CMS with the generated config.yml and the form's own YAML serializer.
import YAML from "./vendor/yaml/index.js";
import { nameIconButtons } from "./ventana-a11y.js";
import { registerDateWidget } from "./ventana-fecha.js";
import { collectionFields, makeFormat, orderTree } from "./ventana-yaml.js";

const response = await fetch("config.yml", { cache: "no-store" });
const config = YAML.parse(await response.text(), { maxAliasCount: -1 });
for (const collection of config.collections) {
  const markdown = collection.extension === "md";
  const format = makeFormat(YAML, orderTree(collectionFields(collection)), markdown);
  window.CMS.registerCustomFormat(collection.format, collection.extension, format);
}
// Decap's Spanish locale lacks the list widget's button ("Add %{item}"): give it one.
const es = window.CMS.getLocale("es");
if (es?.editor) {
  const widgets = (es.editor.editorWidgets ??= {});
  widgets.list = { add: "Agregar %{item}", addType: "Agregar %{item}", ...widgets.list };
  window.CMS.registerLocale("es", es);
}
registerDateWidget(window.CMS, window.h, window.createClass);
nameIconButtons();
window.CMS.init({ config: { ...config, load_config_file: false } });
