#include "gui/admin/orderedlisteditor.h"

#include "ui_orderedlisteditor.h"

#include "gui/admin/reorderablelist.h"

#include <QShortcut>

namespace dealboard {

OrderedListEditor::OrderedListEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrderedListEditor>())
{
    m_ui->setupUi(this);
    connectParts();
    updateButtons();
}

OrderedListEditor::~OrderedListEditor() = default;

void OrderedListEditor::setEntries(const QList<Entry> &entries)
{
    const std::optional<qint64> wanted = m_selectAfter ? m_selectAfter : currentKey();
    m_selectAfter.reset();

    m_filling = true;
    m_ui->list->clear();
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(entry.icon, entry.name, m_ui->list);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsDragEnabled);
        item->setData(KeyRole, entry.key);
        item->setData(StoredNameRole, entry.name);
        item->setToolTip(entry.toolTip);
        if (wanted && entry.key == *wanted)
            m_ui->list->setCurrentItem(item);
    }
    if (!m_ui->list->currentItem() && m_ui->list->count() > 0)
        m_ui->list->setCurrentRow(0);
    m_filling = false;

    updateButtons();
    Q_EMIT currentChanged(currentKey().value_or(0));
}

QStringList OrderedListEditor::names() const
{
    QStringList names;
    for (int row = 0; row < m_ui->list->count(); ++row)
        names.append(m_ui->list->item(row)->text());
    return names;
}

std::optional<qint64> OrderedListEditor::currentKey() const
{
    const QListWidgetItem *item = m_ui->list->currentItem();
    if (!item || item->data(KeyRole).toLongLong() == 0)
        return std::nullopt;
    return item->data(KeyRole).toLongLong();
}

bool OrderedListEditor::selectKey(qint64 key)
{
    for (int row = 0; row < m_ui->list->count(); ++row) {
        if (m_ui->list->item(row)->data(KeyRole).toLongLong() == key) {
            m_ui->list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

ReorderableList *OrderedListEditor::list() const
{
    return m_ui->list;
}

void OrderedListEditor::setRemoveText(const QString &text)
{
    m_ui->removeButton->setText(text);
}

void OrderedListEditor::startAdding()
{
    if (!m_add) {
        Q_EMIT addClicked();
        return;
    }
    QListWidgetItem *item = pendingItem();
    if (!item) {
        const int row =
            m_ui->list->currentRow() < 0 ? m_ui->list->count() : m_ui->list->currentRow() + 1;
        m_filling = true;
        item = new QListWidgetItem;
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(KeyRole, qint64(0));
        m_ui->list->insertItem(row, item);
        m_filling = false;
    }
    m_ui->list->setCurrentItem(item);
    m_ui->list->editItem(item);
}

void OrderedListEditor::startRenaming()
{
    if (QListWidgetItem *item = m_ui->list->currentItem())
        m_ui->list->editItem(item);
}

void OrderedListEditor::moveCurrent(int delta)
{
    const int from = m_ui->list->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_ui->list->count() || !currentKey())
        return;
    moveEntry(from, to);
}

void OrderedListEditor::removeCurrent()
{
    if (const std::optional<qint64> key = currentKey())
        Q_EMIT removeClicked(*key);
}

void OrderedListEditor::connectParts()
{
    connect(m_ui->addButton, &QPushButton::clicked, this, &OrderedListEditor::startAdding);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &OrderedListEditor::startRenaming);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &OrderedListEditor::removeCurrent);

    // Shortcuts of the list alone: a dialog may hold two of these editors.
    const auto shortcut = [this](QKeySequence keys, auto slot) {
        new QShortcut(keys, m_ui->list, slot, Qt::WidgetShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); });
    shortcut(QKeySequence(Qt::Key_Insert), [this] { startAdding(); });
    shortcut(QKeySequence::Delete, [this] { removeCurrent(); });

    connect(m_ui->list, &QListWidget::itemChanged, this, &OrderedListEditor::onItemChanged);
    connect(m_ui->list, &ReorderableList::rowDropped, this, &OrderedListEditor::moveEntry);
    connect(m_ui->list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            &OrderedListEditor::onEditorClosed);
    connect(m_ui->list, &QListWidget::currentRowChanged, this, [this] {
        if (m_filling)
            return;
        updateButtons();
        Q_EMIT currentChanged(currentKey().value_or(0));
    });
}

void OrderedListEditor::onItemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const QString name = item->text().trimmed();
    const bool isNew = item->data(KeyRole).toLongLong() == 0;
    if ((isNew && name.isEmpty()) || (!isNew && name == item->data(StoredNameRole).toString()))
        return;
    commitName(item, name);
}

void OrderedListEditor::commitName(QListWidgetItem *item, const QString &name)
{
    const int row = m_ui->list->row(item);
    const qint64 key = item->data(KeyRole).toLongLong();
    Status status;
    if (key == 0) {
        const Result<qint64> added = m_add(name, row);
        if (added)
            m_selectAfter = *added;
        else
            status = failure(added.error());
    } else {
        status = m_rename(key, name);
    }

    if (status) {
        m_changed = true;
        return;
    }
    m_reopen = std::pair{row, name};
    Q_EMIT errorOccurred(QString::fromStdString(status.error()));
}

void OrderedListEditor::moveEntry(int from, int to)
{
    QListWidgetItem *item = m_ui->list->item(from);
    if (!item || !m_move || item->data(KeyRole).toLongLong() == 0)
        return;
    const qint64 key = item->data(KeyRole).toLongLong();
    if (const Status status = m_move(key, to); !status) {
        Q_EMIT errorOccurred(QString::fromStdString(status.error()));
        return;
    }
    m_selectAfter = key;
    Q_EMIT entriesChanged();
}

// The inline editor has closed (after a commit or Escape): once the view is done with it,
// edit a refused name again, or drop an unnamed new entry and show the stored names.
void OrderedListEditor::onEditorClosed()
{
    QMetaObject::invokeMethod(this, &OrderedListEditor::settle, Qt::QueuedConnection);
}

void OrderedListEditor::settle()
{
    if (m_reopen) {
        const auto [row, text] = *m_reopen;
        m_reopen.reset();
        reopenEditor(row, text);
        return;
    }
    if (m_ui->list->isEditing())
        return;
    if (m_changed) {
        m_changed = false;
        Q_EMIT entriesChanged();
        return;
    }

    m_filling = true;
    delete pendingItem();
    for (int row = 0; row < m_ui->list->count(); ++row) {
        QListWidgetItem *item = m_ui->list->item(row);
        item->setText(item->data(StoredNameRole).toString());
    }
    m_filling = false;
    updateButtons();
}

void OrderedListEditor::reopenEditor(int row, const QString &text)
{
    QListWidgetItem *item = m_ui->list->item(row);
    if (!item)
        return;
    m_filling = true;
    item->setText(text);
    m_filling = false;
    m_ui->list->setCurrentItem(item);
    m_ui->list->editItem(item);
}

void OrderedListEditor::updateButtons()
{
    const int row = m_ui->list->currentRow();
    const bool stored = currentKey().has_value();
    m_ui->addButton->setEnabled(true);
    m_ui->renameButton->setEnabled(stored && m_rename);
    m_ui->moveUpButton->setEnabled(stored && m_move && row > 0);
    m_ui->moveDownButton->setEnabled(stored && m_move && row + 1 < m_ui->list->count());
    m_ui->removeButton->setEnabled(stored);
}

QListWidgetItem *OrderedListEditor::pendingItem() const
{
    for (int row = 0; row < m_ui->list->count(); ++row) {
        if (m_ui->list->item(row)->data(KeyRole).toLongLong() == 0)
            return m_ui->list->item(row);
    }
    return nullptr;
}

} // namespace dealboard
