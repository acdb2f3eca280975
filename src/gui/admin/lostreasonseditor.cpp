#include "gui/admin/lostreasonseditor.h"

#include "ui_lostreasonseditor.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/admin/adminsupport.h"
#include "gui/admin/reorderablelist.h"
#include "gui/undo/undohistory.h"

namespace dealboard {

using admin::fromStd;

LostReasonsEditor::LostReasonsEditor(UndoHistory &undo, FolderId folderId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LostReasonsEditor>())
    , m_undo(undo)
{
    m_ui->setupUi(this);
    m_folder.id = folderId;
    admin::connectUndoButtons(undo, m_ui->undoButton, m_ui->redoButton, this);
    connectParts();
    reload();
    m_ui->reasonList->list()->setFocus();
}

LostReasonsEditor::~LostReasonsEditor() = default;

QString LostReasonsEditor::message() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

bool LostReasonsEditor::selectReason(LostReasonId id)
{
    return m_ui->reasonList->selectKey(id);
}

void LostReasonsEditor::removeCurrentReason()
{
    const std::optional<qint64> key = m_ui->reasonList->currentKey();
    const LostReason *reason = key ? reasonOf(*key) : nullptr;
    if (!reason)
        return;
    const LostReasonId id = reason->id;
    (void)write(tr("Remove lost reason %1").arg(fromStd(reason->name)),
                [&] { return m_undo.repository().deleteLostReason(id); });
    reload();
}

void LostReasonsEditor::connectParts()
{
    OrderedListEditor *list = m_ui->reasonList;
    list->setAddHandler([this](const QString &name, int index) -> Result<qint64> {
        LostReasonId added = 0;
        const Status status = write(tr("Add lost reason %1").arg(name), [&]() -> Status {
            Result<LostReason> stored =
                m_undo.repository().addLostReason(m_folder.id, name.toStdString());
            if (!stored)
                return failure(stored.error());
            added = stored->id;
            if (index >= int(m_reasons.size()))
                return {};
            return m_undo.repository().moveLostReason(added, index);
        });
        if (!status)
            return failure(status.error());
        return added;
    });
    list->setRenameHandler([this](qint64 key, const QString &name) -> Status {
        const LostReason *reason = reasonOf(key);
        if (!reason)
            return failure(tr("The reason no longer exists.").toStdString());
        return write(tr("Rename lost reason %1 to %2").arg(fromStd(reason->name), name),
                     [&] { return m_undo.repository().renameLostReason(key, name.toStdString()); });
    });
    list->setMoveHandler([this](qint64 key, int index) -> Status {
        const LostReason *reason = reasonOf(key);
        if (!reason)
            return failure(tr("The reason no longer exists.").toStdString());
        return write(tr("Move lost reason %1").arg(fromStd(reason->name)),
                     [&] { return m_undo.repository().moveLostReason(key, index); });
    });
    connect(list, &OrderedListEditor::entriesChanged, this, &LostReasonsEditor::reload);
    connect(list, &OrderedListEditor::removeClicked, this, &LostReasonsEditor::removeCurrentReason);
    connect(list, &OrderedListEditor::errorOccurred, this,
            [this](const QString &message) { admin::showMessage(m_ui->messageLabel, message); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_undo, &UndoHistory::databaseRestored, this, &LostReasonsEditor::reload);
}

void LostReasonsEditor::reload()
{
    Result<Folder> folder = m_undo.repository().folder(m_folder.id);
    Result<std::vector<LostReason>> reasons = m_undo.repository().lostReasons(m_folder.id);
    if (!folder || !reasons) {
        admin::showMessage(m_ui->messageLabel, fromStd(!folder ? folder.error() : reasons.error()));
        m_reasons.clear();
        m_ui->reasonList->setEntries({});
        return;
    }
    m_folder = std::move(*folder);
    m_reasons = std::move(*reasons);
    setWindowTitle(tr("Lost reasons of %1").arg(fromStd(m_folder.name)));

    QList<OrderedListEditor::Entry> entries;
    for (const LostReason &reason : m_reasons)
        entries.append({reason.id, fromStd(reason.name), QIcon(), QString()});
    m_ui->reasonList->setEntries(entries);
}

const LostReason *LostReasonsEditor::reasonOf(qint64 key) const
{
    const auto found = std::ranges::find(m_reasons, LostReasonId(key), &LostReason::id);
    return found == m_reasons.end() ? nullptr : &*found;
}

Status LostReasonsEditor::write(const QString &label, const std::function<Status()> &work)
{
    const Status status = m_undo.run(label, work);
    if (!status) {
        log(logger::gui)->info("{} refused: {}", label.toStdString(), status.error());
        admin::showMessage(m_ui->messageLabel, fromStd(status.error()));
        return status;
    }
    admin::showMessage(m_ui->messageLabel, {});
    Q_EMIT reasonsChanged();
    return status;
}

} // namespace dealboard
