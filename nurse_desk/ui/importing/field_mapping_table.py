"""Which column of the file each field comes from, as one table of fields.

A form with a combo box per field built ~17 combo boxes (each with its hidden pop-up list, ~10
widgets apiece) every time the import dialog opened, and laying them out and passing their
events through the application's event filter took most of the time the dialog needed up to its
preview. Here each row is painted to look like a combo box, and the one combo box that edits a
row exists only while the nurse is choosing: Enter, Space, F2, F4 or Alt+Down (or a click)
open it with its list shown, the arrow keys choose and Enter keeps the choice; Up and Down move
between the fields, Tab leaves the table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from nurse_desk.domain.import_mapping import ColumnMapping

FIELD, COLUMN = 0, 1
COMBO_CHARACTERS = 16  # the column choice is as wide as this many characters, at least
_Index = QModelIndex | QPersistentModelIndex
_OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_F4}


def _without_mnemonic(label: str) -> str:
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class FieldMappingModel(QAbstractTableModel):
    """A row per field: its label, and the file's column chosen for it ("" = not in the file)."""

    edited = Signal()  # the nurse chose another column for a field

    def __init__(self, keys: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._keys = tuple(keys)
        self._labels = dict.fromkeys(self._keys, "")
        self._chosen = dict.fromkeys(self._keys, "")
        self.headers: tuple[str, ...] = ()
        self.none_text = ""

    # -- what the dialog sets and reads ---------------------------------------------------------
    def set_labels(self, labels: Mapping[str, str]) -> None:
        """The fields' labels; a & mnemonic is dropped (a table row has no shortcut)."""
        self._labels = {key: _without_mnemonic(labels[key]) for key in self._keys}
        self._changed(FIELD)

    def set_none_text(self, text: str) -> None:
        self.none_text = text
        self._changed(COLUMN)

    def set_headers(self, headers: Sequence[str]) -> None:
        """The file's columns to choose from; every field starts as not in the file."""
        self.beginResetModel()
        self.headers = tuple(headers)
        self._chosen = dict.fromkeys(self._keys, "")
        self.endResetModel()

    def set_mapping(self, mapping: ColumnMapping) -> None:
        for key in self._keys:
            header = mapping.header(key)
            self._chosen[key] = header if header in self.headers else ""
        self._changed(COLUMN)

    def mapping(self) -> ColumnMapping:
        return ColumnMapping({key: header for key, header in self._chosen.items() if header})

    def column_of(self, key: str) -> str:
        return self._chosen[key]

    def choose(self, key: str, header: str) -> None:
        """Sets a field's column as the program's choice (no `edited`)."""
        self._chosen[key] = header if header in self.headers else ""
        row = self._keys.index(key)
        self.dataChanged.emit(self.index(row, COLUMN), self.index(row, COLUMN))

    def key_at(self, row: int) -> str:
        return self._keys[row]

    def label_of(self, key: str) -> str:
        return self._labels[key]

    def _changed(self, column: int) -> None:
        if self._keys:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._keys) - 1, column))

    # -- the Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = self._keys[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == FIELD:
                return self._labels[key]
            return self._chosen[key] or self.none_text
        if role == Qt.ItemDataRole.EditRole and index.column() == COLUMN:
            return self._chosen[key]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._labels[key]} {self._chosen[key] or self.none_text}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == FIELD or not self.headers:
            return Qt.ItemFlag.ItemIsEnabled  # before a file is read there is nothing to choose
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COLUMN:
            return False
        key = self._keys[index.row()]
        header = value if value in self.headers else ""
        if header == self._chosen[key]:
            return True  # nothing changed: no new preview
        self._chosen[key] = header
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class ColumnChoiceDelegate(QStyledItemDelegate):
    """Paints a field's column as a combo box; the editor is a real one, shown open."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if index.column() != COLUMN:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        if style is None:
            return
        combo = QStyleOptionComboBox()
        combo.initFrom(widget)
        combo.rect = option.rect.adjusted(2, 2, -2, -2)  # type: ignore[attr-defined]
        combo.state = option.state & ~QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        if not widget.isEnabled():
            combo.state &= ~QStyle.StateFlag.State_Enabled
        combo.currentText = index.data() or ""
        combo.frame = True
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, combo, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, combo, painter, widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index):
        model = index.model()
        combo = QComboBox(parent, objectName="import_column_choice")
        combo.addItem(model.none_text, "")
        for header in model.headers:
            combo.addItem(header, header)
        combo.activated.connect(lambda _row: self._chosen(combo))
        # Open as a combo box opens: its list shown at once, the current column picked.
        QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        editor.setGeometry(option.rect.adjusted(2, 2, -2, -2))  # type: ignore[attr-defined]


class FieldMappingTable(QTableView):
    """The fields as a form: labels on the left, a combo-box look on the right."""

    def __init__(self, model: FieldMappingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="import_field_mapping")
        self.setModel(model)
        self.setItemDelegate(ColumnChoiceDelegate(self))
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as it left the last combo box
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setStretchLastSection(True)
        palette = self.palette()  # the form's background, not a list's
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)  # sizes follow the labels: fit_to_labels once they are set

    def fit_to_labels(self) -> None:
        """Row height and widths from the font and the labels' text, measured, not laid out."""
        metrics = self.fontMetrics()
        combo = QStyleOptionComboBox()
        combo.initFrom(self)
        text = QSize(metrics.averageCharWidth() * COMBO_CHARACTERS, metrics.height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, combo, text, self)
        self.verticalHeader().setDefaultSectionSize(size.height() + 4)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model = self.model()
        labels = [model.label_of(model.key_at(row)) for row in range(model.rowCount())]
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
        self.setColumnWidth(FIELD, widest + 3 * metrics.averageCharWidth())
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        self.setMinimumWidth(self.columnWidth(FIELD) + size.width() + 4 + scroll)

    def sizeHint(self) -> QSize:
        rows = self.model().rowCount() * self.verticalHeader().defaultSectionSize()
        return QSize(self.minimumWidth(), rows)

    def field_row(self, key: str) -> int:
        model = self.model()
        return next(row for row in range(model.rowCount()) if model.key_at(row) == key)

    def choose_from_keyboard(self, key: str) -> None:
        """Moves to a field's row and opens its choice, as Enter on it does."""
        index = self.model().index(self.field_row(key), COLUMN)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCurrentIndex(index)
        self._open(index)

    def _open(self, index: QModelIndex) -> None:
        if index.flags() & Qt.ItemFlag.ItemIsEditable:  # Qt warns of a failed edit otherwise
            self.edit(index)

    # -- keys and clicks -----------------------------------------------------------------------
    def moveCursor(self, action, modifiers) -> QModelIndex:
        # The cursor stays on the column choices: Left and Right have nothing to move to.
        index = super().moveCursor(action, modifiers)
        return index.siblingAtColumn(COLUMN) if index.isValid() else index

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, COLUMN))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if (event.key() in _OPEN_KEYS or alt_down) and self.currentIndex().isValid():
            self._open(self.currentIndex().siblingAtColumn(COLUMN))
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.column() == COLUMN:
            self.setCurrentIndex(index)
            self._open(index)
