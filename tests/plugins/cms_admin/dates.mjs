// The form's date field, its two conversions: node dates.mjs <value>... prints
// [{value, shown, stored}] (shown: the ISO value as the field shows it; stored: the
// typed value as the field saves it, null when it is not a date).
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [staticDir, ...values] = process.argv.slice(2);
const { toDisplay, toStored } = await import(
  pathToFileURL(join(staticDir, "ventana-fecha.js")).href
);
const out = values.map((value) => ({ value, shown: toDisplay(value), stored: toStored(value) }));
process.stdout.write(JSON.stringify(out));
