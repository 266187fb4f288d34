/**
 * The few building blocks every extension page is made of (styles in ./theme.css): a button, a field with its
 * label, help and message (the message sits right under the control and is tied to it with aria-describedby),
 * a message, a section with its heading, a disclosure, and a button that opens the file picker. Plain Preact; no state of their own but the
 * disclosure's open flag, which the browser keeps.
 */
import type { ComponentChildren, JSX, Ref } from 'preact';

type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export function Button({
  variant = 'secondary',
  class: cls,
  type = 'button',
  innerRef,
  ...props
}: Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  variant?: ButtonVariant;
  type?: 'button' | 'submit';
  innerRef?: Ref<HTMLButtonElement>;
}) {
  return <button ref={innerRef} type={type} class={['btn', variant !== 'secondary' && `btn-${variant}`, cls].filter(Boolean).join(' ')} {...props} />;
}

/**
 * A button that opens the file picker: a label drawn as a button around a visually hidden file input, so the keyboard
 * reaches the input (the label shows its focus) and a screen reader hears the button's words. `onFile` gets the
 * chosen file; the input is emptied at once, so choosing the same file again is a new choice. The input keeps the
 * `id`, `data-*` and ARIA attributes it is given (tests and the contract find it by them).
 */
export function FileButton({
  children,
  onFile,
  accept = '.json,application/json',
  ...input
}: Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'type' | 'class' | 'onChange' | 'children'> & {
  children: ComponentChildren;
  onFile(file: File): void;
}) {
  return (
    <label class="btn file-button" for={input.id as string | undefined}>
      {children}
      <input
        type="file"
        class="visually-hidden"
        accept={accept}
        {...input}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

export type Tone = 'info' | 'ok' | 'error';

/**
 * A message beside the control it is about. Polite status for info and success, an alert for an error; the
 * element is always there (empty when there is nothing to say) so that screen readers announce what appears.
 */
export function Message({ id, tone = 'info', children, field }: { id?: string; tone?: Tone; children?: ComponentChildren; field?: string }) {
  const empty = children === undefined || children === null || children === '' || children === false;
  return (
    <p
      id={id}
      class={`msg${!empty && tone !== 'info' ? ` msg-${tone}` : ''}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-live={tone === 'error' ? 'assertive' : 'polite'}
      data-field={field}
    >
      {empty ? null : children}
    </p>
  );
}

/** The ids a control points at with aria-describedby: its help, then its message. */
export function describedBy(id: string, help?: unknown, message?: unknown): string | undefined {
  const ids = [help ? `${id}-help` : '', message ? `${id}-msg` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface FieldProps {
  id: string;
  label: ComponentChildren;
  help?: ComponentChildren;
  /** A problem with the value (shown only when the caller decides the writer should see it). */
  error?: string;
  /** A note that is not a problem (saved, found…). */
  note?: string;
  noteTone?: Tone;
  class?: string;
  /** The control: give it `id`, and `aria-describedby={describedBy(id, help, error || note)}`. */
  children: ComponentChildren;
}

/** A label above its control, help under the label, the message under the control. */
export function Field({ id, label, help, error, note, noteTone = 'ok', class: cls, children }: FieldProps) {
  return (
    <div class={cls ? `field ${cls}` : 'field'}>
      <label for={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} class="field-help">
          {help}
        </p>
      )}
      {children}
      <Message id={`${id}-msg`} tone={error ? 'error' : noteTone}>
        {error || note}
      </Message>
    </div>
  );
}

type InputProps = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'label' | 'onInput' | 'value' | 'onBlur'> & {
  id: string;
  label: ComponentChildren;
  help?: ComponentChildren;
  error?: string;
  note?: string;
  value: string;
  onValue(v: string): void;
  onBlur?(): void;
};

export function TextField({ id, label, help, error, note, value, onValue, onBlur, ...rest }: InputProps) {
  return (
    <Field id={id} label={label} help={help} error={error} note={note}>
      <input
        id={id}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        onBlur={onBlur}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, help, error || note)}
        {...rest}
      />
    </Field>
  );
}

type AreaProps = Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'label' | 'onInput' | 'value' | 'onBlur' | 'rows'> & {
  id: string;
  label: ComponentChildren;
  help?: ComponentChildren;
  error?: string;
  value: string;
  onValue(v: string): void;
  onBlur?(): void;
  rows?: number;
};

export function TextArea({ id, label, help, error, value, onValue, onBlur, rows = 3, ...rest }: AreaProps) {
  return (
    <Field id={id} label={label} help={help} error={error}>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        onBlur={onBlur}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, help, error)}
        {...rest}
      />
    </Field>
  );
}

export function SelectField({
  id,
  label,
  help,
  value,
  onValue,
  options,
  note,
  noteTone,
  ...rest
}: Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'label' | 'value'> & {
  id: string;
  label: ComponentChildren;
  help?: ComponentChildren;
  value: string;
  onValue(v: string): void;
  options: readonly { value: string; label: string }[];
  note?: string;
  noteTone?: Tone;
}) {
  return (
    <Field id={id} label={label} help={help} note={note} noteTone={noteTone}>
      <select id={id} value={value} onChange={(e) => onValue(e.currentTarget.value)} aria-describedby={describedBy(id, help, note)} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A card with a heading; `actions` sit on the heading's line. */
export function Section({
  id,
  title,
  intro,
  actions,
  children,
  class: cls,
  ...rest
}: Omit<JSX.HTMLAttributes<HTMLElement>, 'title'> & {
  id: string;
  title: ComponentChildren;
  intro?: ComponentChildren;
  actions?: ComponentChildren;
  children?: ComponentChildren;
}) {
  return (
    <section aria-labelledby={`${id}-h`} class={cls ? `section ${cls}` : 'section'} {...rest}>
      {actions ? (
        <div class="section-head">
          <h2 id={`${id}-h`}>{title}</h2>
          {actions}
        </div>
      ) : (
        <h2 id={`${id}-h`}>{title}</h2>
      )}
      {intro && <p class="section-intro">{intro}</p>}
      {children}
    </section>
  );
}

/** Something that stays out of the way until asked for. */
export function Disclosure({
  summary,
  children,
  open,
  class: cls,
  onToggle,
  ...rest
}: Omit<JSX.DetailsHTMLAttributes<HTMLDetailsElement>, 'onToggle' | 'open'> & {
  summary: ComponentChildren;
  children?: ComponentChildren;
  open?: boolean;
  onToggle?(open: boolean): void;
}) {
  return (
    <details
      class={cls ? `disclosure ${cls}` : 'disclosure'}
      open={open}
      onToggle={(e) => onToggle?.((e.currentTarget as HTMLDetailsElement).open)}
      {...rest}
    >
      <summary>{summary}</summary>
      <div class="disclosure-body">{children}</div>
    </details>
  );
}
