/** The nearest ancestor that scrolls by itself (overflow auto or scroll), if any. */
function scrollingAncestor(element: HTMLElement): HTMLElement | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return undefined;
}

/**
 * Brings an answer's heading to the top of where it is read. In a panel that scrolls by itself
 * (the side panel on a wide screen) only that panel scrolls, so the page header and the map
 * stay put; on a phone, where the page scrolls, the page scrolls the heading to the top, above
 * the map and the filters.
 */
export function scrollToTop(element: HTMLElement): void {
  const panel = scrollingAncestor(element);
  if (panel) {
    panel.scrollTop += element.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    return;
  }
  element.scrollIntoView({ block: 'start' });
}
