"""Which column of the file each field comes from, as one list of fields.

A form built one combo box per field (each with its hidden pop-up list, ~10 widgets apiece:
153 of the class-list dialog's 266 widgets) every time the import dialog opened, and each of
their events passed the application's event filter. Here each row is painted to look like a
combo box, and the one combo box that edits a row exists only while the nurse is choosing:
Enter, Space, F2, F4 or Alt+Down (or a click on the choice) open it with its list shown, the
arrow keys choose and Enter keeps the choice; Up and Down move between the fields (a letter to
the field it starts), Tab leaves the list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
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
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

from nurse_desk.domain.import_mapping import ColumnMapping

COLUMN_ROLE = Qt.ItemDataRole.UserRole + 1  # the column chosen, as shown ("" = not in the file)
COMBO_CHARACTERS = 16  # the column choice is as wide as this many characters, at least
_Index = QModelIndex | QPersistentModelIndex
_OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_F4}


def _without_mnemonic(label: str) -> str:
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class FieldMappingModel(QAbstractListModel):
    """A row per field: its label (shown), and the file's column chosen for it (COLUMN_ROLE as
    shown, the edit role as the header itself, "" = not in the file)."""

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
        """The fields' labels; a & mnemonic is dropped (a row of a list has no shortcut)."""
        self._labels = {key: _without_mnemonic(labels[key]) for key in self._keys}
        self._changed()

    def set_none_text(self, text: str) -> None:
        self.none_text = text
        self._changed()

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
        self._changed()

    def mapping(self) -> ColumnMapping:
        return ColumnMapping({key: header for key, header in self._chosen.items() if header})

    def column_of(self, key: str) -> str:
        return self._chosen[key]

    def choose(self, key: str, header: str) -> None:
        """Sets a field's column as the program's choice (no `edited`)."""
        self._chosen[key] = header if header in self.headers else ""
        index = self.index(self._keys.index(key))
        self.dataChanged.emit(index, index)

    def key_at(self, row: int) -> str:
        return self._keys[row]

    def label_of(self, key: str) -> str:
        return self._labels[key]

    def _changed(self) -> None:
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))

    # -- the Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = self._keys[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[key]
        if role == COLUMN_ROLE:
            return self._chosen[key] or self.none_text
        if role == Qt.ItemDataRole.EditRole:
            return self._chosen[key]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._labels[key]} {self._chosen[key] or self.none_text}"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.headers:
            return Qt.ItemFlag.ItemIsEnabled  # before a file is read there is nothing to choose
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
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
    """Paints a field as its label and, right of it, its column as a combo box; the editor
    is a real combo box over that part, shown open."""

    def __init__(self, parent: FieldMappingList) -> None:
        super().__init__(parent)
        self.label_width = 0  # the view sets it from the widest label
        self.row_height = 0

    def choice_rect(self, rect: QRect) -> QRect:
        return rect.adjusted(self.label_width + 2, 2, -2, -2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = option.widget  # type: ignore[attr-defined]
        if widget is None:
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        enabled = widget.isEnabled()
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        painter.save()
        painter.setPen(widget.palette().color(group, QPalette.ColorRole.WindowText))
        label = rect.adjusted(self.margin(widget), 0, 0, 0)
        label.setWidth(self.label_width - self.margin(widget))
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(label, flags, index.data() or "")
        painter.restore()
        combo = QStyleOptionComboBox()
        combo.initFrom(widget)
        combo.rect = self.choice_rect(rect)
        combo.state = option.state & ~QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        if not enabled:
            combo.state &= ~QStyle.StateFlag.State_Enabled
        combo.currentText = index.data(COLUMN_ROLE) or ""
        combo.frame = True
        style = widget.style()
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, combo, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, combo, painter, widget)

    @staticmethod
    def margin(widget: QWidget) -> int:
        return widget.fontMetrics().averageCharWidth()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(self.label_width, self.row_height)

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
        editor.setGeometry(self.choice_rect(option.rect))  # type: ignore[attr-defined]


class FieldMappingList(QListView):
    """The fields as a form: labels on the left, a combo-box look on the right. A list view,
    not a table: a table builds two header views (each a scroll area) even when hidden."""

    def __init__(self, model: FieldMappingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="import_field_mapping")
        self.setModel(model)
        self.choices = ColumnChoiceDelegate(self)
        self.setItemDelegate(self.choices)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        palette = self.palette()  # the form's background, not a list's
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)  # sizes follow the labels: fit_to_labels once they are set

    def fit_to_labels(self) -> None:
        """Row height and widths from the font and the labels' text, measured, not laid out."""
        metrics = self.fontMetrics()
        combo = QStyleOptionComboBox()
        combo.initFrom(self)
        model = self.model()
        # "(not in the file)" whole, which every field shows until a file is read: at 16
        # characters the Swedish "(finns inte i filen)" lost its end under the arrow.
        at_least = metrics.averageCharWidth() * COMBO_CHARACTERS
        text = QSize(max(at_least, metrics.horizontalAdvance(model.none_text)), metrics.height())
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, combo, text, self)
        labels = [model.label_of(model.key_at(row)) for row in range(model.rowCount())]
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
        self.choices.label_width = widest + 3 * metrics.averageCharWidth()
        self.choices.row_height = size.height() + 4
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        self.setMinimumWidth(self.choices.label_width + size.width() + 4 + scroll + frame)
        self.scheduleDelayedItemsLayout()  # the rows' size hints changed

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), self.model().rowCount() * self.choices.row_height)

    def field_row(self, key: str) -> int:
        model = self.model()
        return next(row for row in range(model.rowCount()) if model.key_at(row) == key)

    def choose_from_keyboard(self, key: str) -> None:
        """Moves to a field's row and opens its choice, as Enter on it does."""
        index = self.model().index(self.field_row(key))
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCurrentIndex(index)
        self._open(index)

    def _open(self, index: QModelIndex) -> None:
        if index.flags() & Qt.ItemFlag.ItemIsEditable:  # Qt warns of a failed edit otherwise
            self.edit(index)

    # -- keys and clicks -----------------------------------------------------------------------
    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if (event.key() in _OPEN_KEYS or alt_down) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)  # Up and Down; a letter goes to the field it starts

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        point = event.position().toPoint()
        index = self.indexAt(point)
        if event.button() == Qt.MouseButton.LeftButton and index.isValid():
            self.setCurrentIndex(index)
            if self.choices.choice_rect(self.visualRect(index)).contains(point):
                self._open(index)
