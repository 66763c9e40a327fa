/**
 * The short text in the map's corner that names a gemeente (e.g. with its status): the one under
 * the pointer, else the one a table row points at, else the chosen one. Written straight into
 * its element, outside React: the pointer crosses dozens of gemeenten a second, and none of
 * that may re-render the page or its 342-row table. Text only (textContent), never HTML.
 */
export class GemeenteHoverLabel {
  private hovered: string | undefined;
  private pointed: string | undefined;
  private selected: string | undefined;
  private describe: ((code: string) => string | undefined) | undefined;

  constructor(private readonly element: HTMLElement) {}

  /** The gemeente under the pointer on the map (or none). */
  setHovered(code: string | undefined): void {
    this.hovered = code;
    this.render();
  }

  /** The gemeente a table row points at (or none). */
  setPointed(code: string | undefined): void {
    this.pointed = code;
    this.render();
  }

  /** The chosen gemeente, named when nothing is pointed at. */
  setSelected(code: string | undefined): void {
    this.selected = code;
    this.render();
  }

  /** How to name a gemeente; undefined (outside Dekking) hides the label. */
  setDescribe(describe: ((code: string) => string | undefined) | undefined): void {
    this.describe = describe;
    this.render();
  }

  private render(): void {
    const code = this.hovered ?? this.pointed ?? this.selected;
    const text = code && this.describe ? this.describe(code) : undefined;
    if (this.element.textContent !== (text ?? '')) this.element.textContent = text ?? '';
    this.element.hidden = !text;
  }
}
