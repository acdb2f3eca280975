#pragma once

#include "core/result.h"

#include <QIcon>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QListWidgetItem;

namespace Ui {
class OrderedListEditor;
}

namespace dealboard {

class ReorderableList;

// A list an admin shapes by hand: a folder's stages, fields, lost reasons, a choice
// field's options. Entries are renamed in place (F2, double click or Rename), reordered by
// drag or with Move up/down (Ctrl+Up/Down), added and removed with buttons.
//
// The editor stores nothing itself. Each change goes to a handler its owner set, which
// writes it through the undo history and returns storage's verdict; on success the editor
// asks its owner to show the stored entries again (entriesChanged). A refused change is
// reported through errorOccurred and the inline editor opens again on what the user typed,
// so nothing typed is lost.
class OrderedListEditor final : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 key = 0;
        QString name;
        QIcon icon;
        QString toolTip;
    };

    // Writes a new entry named name at index; returns its key.
    using AddHandler = std::function<Result<qint64>(const QString &name, int index)>;
    using RenameHandler = std::function<Status(qint64 key, const QString &name)>;
    // Moves an entry to index (0 = first).
    using MoveHandler = std::function<Status(qint64 key, int index)>;

    explicit OrderedListEditor(QWidget *parent = nullptr);
    ~OrderedListEditor() override;

    // Shows entries in this order, keeping the current entry (or the one just added).
    void setEntries(const QList<Entry> &entries);
    QStringList names() const;
    std::optional<qint64> currentKey() const;
    bool selectKey(qint64 key);
    ReorderableList *list() const;

    // Without an add handler, Add only emits addClicked (for entries that need a form).
    void setAddHandler(AddHandler handler) { m_add = std::move(handler); }
    void setRenameHandler(RenameHandler handler) { m_rename = std::move(handler); }
    void setMoveHandler(MoveHandler handler) { m_move = std::move(handler); }
    void setRemoveText(const QString &text);

    // What the buttons do, for the keyboard and tests.
    void startAdding();
    void startRenaming();
    void moveCurrent(int delta);
    void removeCurrent();

Q_SIGNALS:
    void currentChanged(qint64 key); // 0 when nothing is current
    void addClicked();
    void removeClicked(qint64 key);
    // A change was stored: the owner shows the entries again with setEntries.
    void entriesChanged();
    void errorOccurred(const QString &message);

private:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        StoredNameRole
    };

    void connectParts();
    void onItemChanged(QListWidgetItem *item);
    void commitName(QListWidgetItem *item, const QString &name);
    void moveEntry(int from, int to);
    void onEditorClosed();
    void settle();
    void reopenEditor(int row, const QString &text);
    void updateButtons();
    QListWidgetItem *pendingItem() const;

    std::unique_ptr<Ui::OrderedListEditor> m_ui;
    AddHandler m_add;
    RenameHandler m_rename;
    MoveHandler m_move;
    bool m_filling = false;
    // A name was stored while the inline editor was open: show the entries once it closes.
    bool m_changed = false;
    std::optional<qint64> m_selectAfter;
    // A refused name to edit again once the inline editor has closed: row and text.
    std::optional<std::pair<int, QString>> m_reopen;
};

} // namespace dealboard
