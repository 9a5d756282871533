"""Tab order for a page whose focus proxy is not its first field.

Tab into a widget with a focus proxy lands on the proxy and goes on from there: every field
that comes before the proxy in the focus chain is skipped for good (Shift+Tab alone reached
them). So the proxy, where the nurse starts (the agenda, the timeline), goes first, then the
fields after it, then those before it, each in the order they were laid out."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _fields_in_chain(page: QWidget) -> list[QWidget]:
    """The page's fields Tab can stop at, outermost only (a spin box, not its line edit).
    The chain runs through the whole window (hundreds of widgets, walked each time the nurse
    opens a pupil): only the page's own widgets are asked anything."""
    children = page.findChildren(QWidget)  # held: their wrappers, and so their ids, stay
    inside = {id(widget) for widget in children}
    found: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not page:
        if (
            id(widget) in inside
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not any(field.isAncestorOf(widget) for field in found)
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    del children
    return found


def proxy_first(page: QWidget) -> None:
    """Call once the page is built: its focus proxy first, then round the page from there."""
    proxy = page.focusProxy()
    while proxy is not None and proxy.focusProxy() is not None:
        proxy = proxy.focusProxy()  # a page within a page: Tab lands on the innermost
    fields = _fields_in_chain(page)
    if proxy is None or proxy not in fields:
        return
    start = fields.index(proxy)
    ordered = fields[start:] + fields[:start]
    for first, second in pairwise(ordered):
        QWidget.setTabOrder(first, second)
