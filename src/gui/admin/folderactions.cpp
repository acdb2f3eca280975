#include "gui/admin/folderactions.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/admin/adminsupport.h"
#include "gui/admin/fieldeditor.h"
#include "gui/admin/foldernamedialog.h"
#include "gui/admin/lostreasonseditor.h"
#include "gui/admin/stagedefaults.h"
#include "gui/admin/stageseteditor.h"
#include "gui/undo/undohistory.h"

#include <QAction>
#include <QCheckBox>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace dealboard {

using admin::fromStd;

FolderActions::FolderActions(UndoHistory &undo, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_undo(undo)
    , m_window(window)
{
    Q_ASSERT(window);
    createActions();
    updateActions();
}

void FolderActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_newFolder);
    menu->addAction(m_renameFolder);
    menu->addAction(m_deleteFolder);
    menu->addSeparator();
    menu->addAction(m_editStages);
    menu->addAction(m_customizeFields);
    menu->addAction(m_lostReasons);
}

QMenu *FolderActions::menuForFolder(FolderId id, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_newFolder);
    menu->addAction(m_renameFolder->text(), this, [this, id] { renameFolder(id); });
    menu->addAction(m_deleteFolder->text(), this, [this, id] { deleteFolder(id); });
    menu->addSeparator();
    menu->addAction(m_editStages->text(), this, [this, id] { editStages(id); });
    menu->addAction(m_customizeFields->text(), this, [this, id] { customizeFields(id); });
    menu->addAction(m_lostReasons->text(), this, [this, id] { editLostReasons(id); });
    return menu;
}

void FolderActions::setCurrentFolder(std::optional<FolderId> id)
{
    m_current = id;
    updateActions();
}

FolderNameDialog *FolderActions::newFolder()
{
    const Result<std::vector<Folder>> folders = m_undo.repository().folders();
    QStringList templates{tr("Default stages: New, Qualified, Proposal, Won, Lost")};
    std::vector<FolderId> sources;
    for (const Folder &folder : folders.value_or(std::vector<Folder>{})) {
        templates.append(tr("The stages, fields and lost reasons of %1").arg(fromStd(folder.name)));
        sources.push_back(folder.id);
    }

    const auto apply = [this, sources](const QString &name, int templateIndex) -> Status {
        const std::optional<FolderId> copyFrom =
            templateIndex > 0 ? std::optional(sources[std::size_t(templateIndex - 1)])
                              : std::nullopt;
        const Result<Folder> folder = createFolder(name, copyFrom);
        if (!folder)
            return failure(folder.error());
        return {};
    };
    auto *dialog = new FolderNameDialog(tr("New Folder"), tr("Create Folder"), {}, apply, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTemplates(templates);
    dialog->open();
    return dialog;
}

FolderNameDialog *FolderActions::renameFolder(FolderId id)
{
    const Result<Folder> folder = m_undo.repository().folder(id);
    if (!folder) {
        Q_EMIT errorOccurred(fromStd(folder.error()));
        return nullptr;
    }

    const QString oldName = fromStd(folder->name);
    const auto apply = [this, id, oldName](const QString &name, int) -> Status {
        const Status status = m_undo.run(tr("Rename folder %1 to %2").arg(oldName, name), [&] {
            return m_undo.repository().renameFolder(id, name.toStdString());
        });
        if (status)
            Q_EMIT folderRenamed(id);
        return status;
    };
    auto *dialog = new FolderNameDialog(tr("Rename Folder %1").arg(oldName), tr("Rename"), oldName,
                                        apply, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QMessageBox *FolderActions::deleteFolder(FolderId id)
{
    const Result<Folder> folder = m_undo.repository().folder(id);
    const Result<int> count = m_undo.repository().dealCount(id);
    if (!folder || !count) {
        Q_EMIT errorOccurred(fromStd(!folder ? folder.error() : count.error()));
        return nullptr;
    }

    const QString name = fromStd(folder->name);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete Folder"),
                        tr("Delete the folder “%1”?").arg(name), QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *deleteButton = box->addButton(tr("Delete Folder"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    if (*count == 0) {
        box->setInformativeText(tr("It holds no deals. Its stages, fields, lost reasons and "
                                   "views are deleted with it."));
    } else {
        box->setInformativeText(
            tr("It holds %1. They are deleted with the folder, with its stages, fields, lost "
               "reasons and views.")
                .arg(*count == 1 ? tr("1 deal") : tr("%1 deals").arg(*count)));
        // Deleting deals must be a decision, not a reflex on a default button.
        auto *confirm = new QCheckBox(
            *count == 1 ? tr("Delete 1 deal") : tr("Delete %1 deals").arg(*count), box);
        box->setCheckBox(confirm);
        deleteButton->setEnabled(false);
        connect(confirm, &QCheckBox::toggled, deleteButton, &QPushButton::setEnabled);
    }

    connect(box, &QMessageBox::buttonClicked, this,
            [this, deleteButton, folder = *folder, count = *count](QAbstractButton *button) {
                if (button == deleteButton)
                    removeFolder(folder, count);
            });
    box->open();
    return box;
}

StageSetEditor *FolderActions::editStages(FolderId id)
{
    auto *dialog = openEditor(new StageSetEditor(m_undo, id, m_window));
    connect(dialog, &StageSetEditor::stagesChanged, this, [this, id] { Q_EMIT folderChanged(id); });
    return dialog;
}

FieldEditor *FolderActions::customizeFields(FolderId id)
{
    auto *dialog = openEditor(new FieldEditor(m_undo, id, m_window));
    connect(dialog, &FieldEditor::fieldsChanged, this, [this, id] { Q_EMIT folderChanged(id); });
    return dialog;
}

LostReasonsEditor *FolderActions::editLostReasons(FolderId id)
{
    auto *dialog = openEditor(new LostReasonsEditor(m_undo, id, m_window));
    connect(dialog, &LostReasonsEditor::reasonsChanged, this,
            [this, id] { Q_EMIT folderChanged(id); });
    return dialog;
}

Result<Folder> FolderActions::createFolder(const QString &name, std::optional<FolderId> copyFrom)
{
    Folder created;
    Repository &repository = m_undo.repository();
    const Status status = m_undo.run(tr("Create folder %1").arg(name), [&]() -> Status {
        Result<Folder> folder = repository.createFolder(name.toStdString());
        if (!folder)
            return failure(folder.error());
        created = *folder;
        if (const Status setup =
                copyFrom ? copySetup(*copyFrom, created.id) : addDefaultSetup(created.id);
            !setup)
            return setup;

        SavedView allDeals;
        allDeals.folderId = created.id;
        allDeals.name = tr("All deals").toStdString();
        if (Result<SavedView> view = repository.createView(allDeals); !view)
            return failure(view.error());
        return {};
    });
    if (!status)
        return failure(status.error());
    Q_EMIT folderCreated(created.id);
    return created;
}

void FolderActions::createActions()
{
    m_newFolder = new QAction(tr("&New Folder…"), this);
    m_renameFolder = new QAction(tr("&Rename Folder…"), this);
    m_deleteFolder = new QAction(tr("&Delete Folder…"), this);
    m_editStages = new QAction(tr("Edit &Stages…"), this);
    m_customizeFields = new QAction(tr("Customize &Fields…"), this);
    m_lostReasons = new QAction(tr("&Lost Reasons…"), this);

    connect(m_newFolder, &QAction::triggered, this, [this] { newFolder(); });
    connect(m_renameFolder, &QAction::triggered, this, [this] {
        if (m_current)
            renameFolder(*m_current);
    });
    connect(m_deleteFolder, &QAction::triggered, this, [this] {
        if (m_current)
            deleteFolder(*m_current);
    });
    connect(m_editStages, &QAction::triggered, this, [this] {
        if (m_current)
            editStages(*m_current);
    });
    connect(m_customizeFields, &QAction::triggered, this, [this] {
        if (m_current)
            customizeFields(*m_current);
    });
    connect(m_lostReasons, &QAction::triggered, this, [this] {
        if (m_current)
            editLostReasons(*m_current);
    });
}

void FolderActions::updateActions()
{
    const bool hasFolder = m_current.has_value();
    for (QAction *action :
         {m_renameFolder, m_deleteFolder, m_editStages, m_customizeFields, m_lostReasons})
        action->setEnabled(hasFolder);
}

Status FolderActions::copySetup(FolderId from, FolderId to)
{
    Repository &repository = m_undo.repository();
    const Result<FolderSnapshot> source = repository.snapshot(from);
    const Result<std::vector<LostReason>> reasons = repository.lostReasons(from);
    if (!source || !reasons)
        return failure(!source ? source.error() : reasons.error());

    for (Stage stage : source->stages) {
        stage.id = 0;
        stage.folderId = to;
        if (Result<Stage> added = repository.addStage(to, stage); !added)
            return failure(added.error());
    }
    for (FieldDefinition field : source->fields) {
        field.id = 0;
        field.folderId = to;
        if (Result<FieldDefinition> added = repository.addField(to, field); !added)
            return failure(added.error());
    }
    for (const LostReason &reason : *reasons) {
        if (Result<LostReason> added = repository.addLostReason(to, reason.name); !added)
            return failure(added.error());
    }
    return {};
}

Status FolderActions::addDefaultSetup(FolderId folderId)
{
    for (Stage stage : defaultStageSet()) {
        stage.folderId = folderId;
        if (Result<Stage> added = m_undo.repository().addStage(folderId, stage); !added)
            return failure(added.error());
    }
    return {};
}

void FolderActions::removeFolder(const Folder &folder, int dealCount)
{
    const QString name = fromStd(folder.name);
    const QString label = dealCount == 0 ? tr("Delete folder %1").arg(name)
                          : dealCount == 1
                              ? tr("Delete folder %1 and its deal").arg(name)
                              : tr("Delete folder %1 and its %2 deals").arg(name).arg(dealCount);
    const Status status =
        m_undo.run(label, [&] { return m_undo.repository().deleteFolder(folder.id); });
    if (!status) {
        log(logger::gui)->warn("Deleting folder {} failed: {}", folder.id, status.error());
        Q_EMIT errorOccurred(tr("The folder was not deleted: %1").arg(fromStd(status.error())));
        return;
    }
    Q_EMIT folderDeleted(folder.id);
}

template <typename Dialog> Dialog *FolderActions::openEditor(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace dealboard
