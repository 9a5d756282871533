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


def _innermost_proxy(widget: QWidget) -> QWidget | None:
    proxy = widget.focusProxy()
    while proxy is not None and proxy.focusProxy() is not None:
        proxy = proxy.focusProxy()  # a page within a page: Tab lands on the innermost
    return proxy


def _from_proxy(fields: list[QWidget], proxy: QWidget | None) -> list[QWidget]:
    if proxy is None or proxy not in fields:
        return fields
    start = fields.index(proxy)
    return fields[start:] + fields[:start]


def _set_order(ordered: list[QWidget]) -> None:
    for first, second in pairwise(ordered):
        QWidget.setTabOrder(first, second)


def proxy_first(page: QWidget) -> None:
    """Call once the page is built: its focus proxy first, then round the page from there."""
    proxy = _innermost_proxy(page)
    fields = _fields_in_chain(page)
    if proxy is None or proxy not in fields:
        return
    _set_order(_from_proxy(fields, proxy))


def each_part_from_its_start(page: QWidget, parts: tuple[tuple[QWidget, QWidget], ...]) -> None:
    """For a page that shows one of its parts at a time (a stack), given as (part, the field
    Tab starts at in it): each part's fields in turn, each from its start, then the page's
    other fields. Tab skips the hidden parts, so the order holds whichever part is shown and
    is set once, not at each switch (walking the window's focus chain and moving every field
    took ~2 ms each time)."""
    fields = _fields_in_chain(page)
    ordered: list[QWidget] = []
    for part, start in parts:
        own = [field for field in fields if field is part or part.isAncestorOf(field)]
        ordered += _from_proxy(own, _innermost_proxy(start) or start)
    ordered += [field for field in fields if field not in ordered]
    _set_order(ordered)
