// The form's date field: written and shown day/month/year (15/03/2026), as people in
// Mexico write dates, whatever language the browser is set to; saved AAAA-MM-DD, as the
// schemas and the build expect. Decap's own datetime widget draws the browser's date
// input, whose order follows the browser's language (mm/dd/yyyy in an English browser).

export const WIDGET = "fecha";
export const PLACEHOLDER = "dd/mm/aaaa";
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day, month and year with / . or - between them; one-digit days and months too.
const TYPED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

const pad = (n) => String(n).padStart(2, "0");

function realDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  const same = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return same[0] === year && same[1] === month && same[2] === day;
}

// "2026-03-15" -> "15/03/2026"; anything else is shown as it is.
export function toDisplay(value) {
  const text = value == null ? "" : String(value);
  const match = ISO.exec(text);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : text;
}

// "15/03/2026" (or "2026-03-15") -> "2026-03-15"; "" -> ""; not a real date -> null.
export function toStored(text) {
  const value = String(text ?? "").trim();
  if (value === "") return "";
  let parts = TYPED.exec(value);
  if (parts) parts = [Number(parts[3]), Number(parts[2]), Number(parts[1])];
  else if (ISO.test(value)) parts = ISO.exec(value).slice(1).map(Number);
  if (!parts || !realDate(...parts)) return null;
  const [year, month, day] = parts;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function message(label) {
  return `${label}: escribe la fecha como día/mes/año, por ejemplo 15/03/2026`;
}

// The widget, drawn with the React that Decap ships (window.h, window.createClass).
export function registerDateWidget(CMS, h, createClass) {
  const control = createClass({
    getInitialState() {
      return { text: toDisplay(this.props.value) };
    },
    componentDidUpdate(previous) {
      const { value } = this.props;
      if (value !== previous.value && value !== toStored(this.state.text)) {
        this.setState({ text: toDisplay(value) });
      }
    },
    onInput(event) {
      const text = event.target.value;
      this.setState({ text });
      const stored = toStored(text);
      // An unfinished date is kept as typed, so saving stops at isValid() with a message.
      this.props.onChange(stored === null ? text : stored);
    },
    isValid() {
      if (toStored(this.state.text) !== null) return true;
      const label = this.props.field.get("label", this.props.field.get("name"));
      return { error: { type: "CUSTOM", message: message(label) } };
    },
    render() {
      return h("input", {
        type: "text",
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value: this.state.text,
        placeholder: PLACEHOLDER,
        inputMode: "numeric",
        autoComplete: "off",
        onChange: this.onInput,
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
        disabled: this.props.isDisabled,
      });
    },
  });
  const preview = (props) => h("span", null, toDisplay(props.value));
  CMS.registerWidget(WIDGET, control, preview);
}
