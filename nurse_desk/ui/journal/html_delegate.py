"""Paints a cell's text as rich text, for search snippets with the matched words in bold."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


def whole_lines_height(document: QTextDocument, height: float) -> int:
    """The height of the lines of `document` that fit whole into `height` (at least one)."""
    layout = document.documentLayout()
    fitting = 0.0
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for number in range(lines.lineCount()):
            line = lines.lineAt(number)
            bottom = top + line.y() + line.height()
            if bottom > height and fitting:
                return int(fitting + 1)
            fitting = bottom
        block = block.next()
    return int(max(fitting, height) + 1)


# Laid-out snippets kept for repainting (a selection moved, the window uncovered): at most
# this many, about a screenful and a half of rows.
KEPT_DOCUMENTS = 64


class HtmlDelegate(QStyledItemDelegate):
    """`view` is the view it paints for: the documents it keeps are dropped whenever the
    view's model changes, so no snippet outlives the rows it was painted for (a lock empties
    the models)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsRemoved):
            signal.connect(self._documents.clear)

    def _document(self, options: QStyleOptionViewItem) -> QTextDocument:
        """The snippet laid out at the cell's width: a QTextDocument parsed and laid out per
        paint was most of the search list's painting."""
        key = (options.text, options.rect.width(), options.font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= KEPT_DOCUMENTS:
                self._documents.clear()
            document = self._documents[key] = QTextDocument()
            document.setDefaultFont(options.font)
            document.setHtml(options.text)
            document.setTextWidth(options.rect.width())
        return document

    def paint(self, painter, option, index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options)
        options.text = ""
        options.widget.style().drawControl(
            QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget
        )
        painter.save()
        painter.translate(options.rect.topLeft())
        height = options.rect.height()
        spare = height - document.size().height()
        if spare > 0:  # a one-line snippet in a two-line row sits in the middle, as plain text does
            painter.translate(0, spare / 2)
        # Whole lines only: a third line cut through the middle looked like the next row's text.
        painter.setClipRect(0, 0, options.rect.width(), whole_lines_height(document, height))
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:  # the row's own text colour
            context.palette.setColor(
                QPalette.ColorRole.Text, options.palette.highlightedText().color()
            )
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setHtml(options.text)
        document.setTextWidth(max(options.rect.width(), 300))
        return QSize(int(document.idealWidth()), int(document.size().height()))
