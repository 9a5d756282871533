"""The pages of a stack are not asked for their height at a width on every layout pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from nurse_desk.ui.common.page_stack import PageStack


class CountedLabel(QLabel):
    """A wrapped label that counts how often a layout asks its height at a width."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.asked = 0

    def heightForWidth(self, width: int) -> int:
        self.asked += 1
        return super().heightForWidth(width)


def window_with(stack: QStackedWidget) -> tuple[QWidget, list[CountedLabel]]:
    window = QWidget()
    labels = []
    for n in range(3):
        page = QWidget()
        label = CountedLabel(f"Page {n}: " + "a long line that wraps at a narrow width " * 4)
        QVBoxLayout(page).addWidget(label)
        stack.addWidget(page)
        labels.append(label)
    QVBoxLayout(window).addWidget(stack)
    return window, labels


def switch_and_resize(qtbot, window: QWidget, stack: QStackedWidget) -> None:
    qtbot.addWidget(window)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    for width in (500, 320, 450):
        for index in (1, 0, 2):
            stack.setCurrentIndex(index)
            window.resize(width, 300)
            qtbot.wait(1)


@pytest.mark.parametrize(
    ("stack_type", "hidden_pages_asked"), [(QStackedWidget, True), (PageStack, False)]
)
def test_hidden_pages_are_asked_for_a_height_only_by_a_plain_stack(
    qtbot, stack_type, hidden_pages_asked
):
    stack = stack_type()
    window, labels = window_with(stack)
    switch_and_resize(qtbot, window, stack)
    before = [label.asked for label in labels]
    stack.setCurrentIndex(0)
    window.resize(380, 300)
    qtbot.wait(1)
    asked_while_hidden = [
        label.asked - was for label, was in zip(labels[1:], before[1:], strict=True)
    ]
    assert any(asked_while_hidden) is hidden_pages_asked
    assert labels[0].isVisible() and "wraps" in labels[0].text()


def test_no_page_of_the_window_asks_for_a_height_at_a_width(make_window):
    """Each section's page and the pupils' and absence pages' inner pages hold wrapped labels,
    yet none tells the stack holding it that its height depends on its width."""
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    workspace = window.workspace
    pages = [*workspace.all_pages(), workspace.pupils_page.pupil_page]
    pages.append(workspace.absence_page.pupil_view)
    wrapped = [
        page for page in pages if any(label.wordWrap() for label in page.findChildren(QLabel))
    ]
    assert len(wrapped) >= 5
    assert [type(page).__name__ for page in pages if page.hasHeightForWidth()] == []
    plain = QWidget()
    label = QLabel("wraps", plain)
    label.setWordWrap(True)
    QVBoxLayout(plain).addWidget(label)
    assert plain.hasHeightForWidth()  # what a page without WidthFreePage would say
