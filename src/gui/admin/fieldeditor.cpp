#include "gui/admin/fieldeditor.h"

#include "ui_fieldeditor.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/admin/adminsupport.h"
#include "gui/admin/newfielddialog.h"
#include "gui/admin/reorderablelist.h"
#include "gui/undo/undohistory.h"

#include <QMessageBox>
#include <QPushButton>

namespace dealboard {

using admin::fromStd;

namespace {

QString typeName(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return FieldEditor::tr("Text");
    case FieldType::Number:
        return FieldEditor::tr("Number");
    case FieldType::Money:
        return FieldEditor::tr("Money");
    case FieldType::Date:
        return FieldEditor::tr("Date");
    case FieldType::Choice:
        return FieldEditor::tr("Choice");
    case FieldType::Person:
        return FieldEditor::tr("Person");
    }
    return {};
}

QString dealsText(int count)
{
    return count == 1 ? FieldEditor::tr("1 deal") : FieldEditor::tr("%1 deals").arg(count);
}

bool holdsOption(const Deal &deal, FieldId field, const std::string &option)
{
    const auto value = deal.fields.find(field);
    return value != deal.fields.end() && value->second.is_string() &&
           value->second.get<std::string>() == option;
}

} // namespace

FieldEditor::FieldEditor(UndoHistory &undo, FolderId folderId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FieldEditor>())
    , m_undo(undo)
{
    m_ui->setupUi(this);
    m_folder.id = folderId;
    admin::connectUndoButtons(undo, m_ui->undoButton, m_ui->redoButton, this);
    connectParts();
    connectOptionList();
    reload();
    m_ui->fieldList->list()->setFocus();
}

FieldEditor::~FieldEditor() = default;

QString FieldEditor::message() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

bool FieldEditor::selectField(FieldId id)
{
    return m_ui->fieldList->selectKey(id);
}

bool FieldEditor::selectOption(const QString &option)
{
    const FieldDefinition *field = currentField();
    if (!field)
        return false;
    const auto found = std::ranges::find(field->options, option.toStdString());
    return found != field->options.end() &&
           m_ui->optionList->selectKey(found - field->options.begin() + 1);
}

NewFieldDialog *FieldEditor::addField()
{
    const auto apply = [this](const FieldDefinition &field) -> Status {
        FieldId added = 0;
        const Status status = write(tr("Add field %1").arg(fromStd(field.name)), [&]() -> Status {
            Result<FieldDefinition> stored = m_undo.repository().addField(m_folder.id, field);
            if (!stored)
                return failure(stored.error());
            added = stored->id;
            return {};
        });
        if (!status)
            return status;
        reload();
        selectField(added);
        return {};
    };
    auto *dialog = new NewFieldDialog(apply, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Field in %1").arg(fromStd(m_folder.name)));
    dialog->open();
    return dialog;
}

QMessageBox *FieldEditor::removeCurrentField()
{
    const FieldDefinition *current = currentField();
    if (!current)
        return nullptr;
    const FieldDefinition field = *current;
    const Result<int> count = m_undo.repository().fieldValueCount(field.id);
    if (!count) {
        admin::showMessage(m_ui->messageLabel, fromStd(count.error()));
        return nullptr;
    }
    if (*count == 0) {
        removeField(field, 0);
        return nullptr;
    }

    const QString text = *count == 1
                             ? tr("1 deal has a value in %1. Remove the field and that value?")
                                   .arg(fromStd(field.name))
                             : tr("%1 deals have a value in %2. Remove the field and those values?")
                                   .arg(*count)
                                   .arg(fromStd(field.name));
    return ask(text, tr("Remove Field"),
               [this, field, count = *count] { removeField(field, count); });
}

QMessageBox *FieldEditor::removeCurrentOption()
{
    const FieldDefinition *current = currentField();
    const std::optional<std::string> option = currentOption();
    if (!current || !option)
        return nullptr;
    const FieldDefinition field = *current;
    const Result<FolderSnapshot> snapshot = m_undo.repository().snapshot(m_folder.id);
    if (!snapshot) {
        admin::showMessage(m_ui->messageLabel, fromStd(snapshot.error()));
        return nullptr;
    }
    const auto count = int(std::ranges::count_if(
        snapshot->deals, [&](const Deal &deal) { return holdsOption(deal, field.id, *option); }));
    if (count == 0) {
        removeOption(field, *option);
        return nullptr;
    }

    const QString text =
        tr("%1 %2 “%3” as %4. Remove the option and clear it on %5?")
            .arg(dealsText(count), count == 1 ? tr("has") : tr("have"), fromStd(*option),
                 fromStd(field.name), count == 1 ? tr("that deal") : tr("those deals"));
    return ask(text, tr("Remove Option"),
               [this, field, option = *option] { removeOption(field, option); });
}

void FieldEditor::connectParts()
{
    OrderedListEditor *list = m_ui->fieldList;
    list->setRenameHandler([this](qint64 key, const QString &name) -> Status {
        const FieldDefinition *found = fieldOf(key);
        if (!found)
            return failure(tr("The field no longer exists.").toStdString());
        FieldDefinition field = *found;
        const QString label = tr("Rename field %1 to %2").arg(fromStd(field.name), name);
        field.name = name.toStdString();
        return write(label, [&] { return m_undo.repository().updateField(field); });
    });
    list->setMoveHandler([this](qint64 key, int index) -> Status {
        const FieldDefinition *field = fieldOf(key);
        if (!field)
            return failure(tr("The field no longer exists.").toStdString());
        return write(tr("Move field %1").arg(fromStd(field->name)),
                     [&] { return m_undo.repository().moveField(key, index); });
    });
    connect(list, &OrderedListEditor::addClicked, this, [this] { addField(); });
    connect(list, &OrderedListEditor::entriesChanged, this, &FieldEditor::reload);
    connect(list, &OrderedListEditor::currentChanged, this, &FieldEditor::showDetails);
    connect(list, &OrderedListEditor::removeClicked, this, [this] { removeCurrentField(); });
    connect(list, &OrderedListEditor::errorOccurred, this,
            [this](const QString &message) { admin::showMessage(m_ui->messageLabel, message); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_undo, &UndoHistory::databaseRestored, this, &FieldEditor::reload);
}

// Options have no ids: an option's key is its place in the list plus one.
void FieldEditor::connectOptionList()
{
    OrderedListEditor *list = m_ui->optionList;
    list->setAddHandler([this](const QString &name, int index) -> Result<qint64> {
        const FieldDefinition field = *currentField();
        // Options that differ only in case would look like one column on a board.
        for (const std::string &option : field.options) {
            if (fromStd(option).compare(name, Qt::CaseInsensitive) == 0) {
                const QString message = tr("“%1” is already an option of %2.")
                                            .arg(fromStd(option), fromStd(field.name));
                admin::showMessage(m_ui->messageLabel, message);
                return failure(message.toStdString());
            }
        }
        std::vector<std::string> options = field.options;
        index = std::clamp(index, 0, int(options.size()));
        options.insert(options.begin() + index, name.toStdString());
        const Status status =
            writeOptions(field, options, tr("Add option %1 to %2").arg(name, fromStd(field.name)));
        if (!status)
            return failure(status.error());
        return index + 1;
    });
    list->setRenameHandler([this](qint64 key, const QString &name) -> Status {
        const FieldDefinition &field = *currentField();
        const std::string oldName = field.options.at(std::size_t(key - 1));
        const FieldId id = field.id;
        return write(
            tr("Rename option %1 of %2 to %3").arg(fromStd(oldName), fromStd(field.name), name),
            [&] {
                return m_undo.repository().renameChoiceOption(id, oldName, name.toStdString());
            });
    });
    list->setMoveHandler([this](qint64 key, int index) -> Status {
        const FieldDefinition field = *currentField();
        std::vector<std::string> options = field.options;
        const std::string option = options.at(std::size_t(key - 1));
        options.erase(options.begin() + (key - 1));
        options.insert(options.begin() + std::clamp(index, 0, int(options.size())), option);
        return writeOptions(field, options,
                            tr("Move option %1 of %2").arg(fromStd(option), fromStd(field.name)));
    });
    connect(list, &OrderedListEditor::entriesChanged, this, &FieldEditor::reload);
    connect(list, &OrderedListEditor::removeClicked, this, [this] { removeCurrentOption(); });
    connect(list, &OrderedListEditor::errorOccurred, this,
            [this](const QString &message) { admin::showMessage(m_ui->messageLabel, message); });
}

void FieldEditor::reload()
{
    Result<Folder> folder = m_undo.repository().folder(m_folder.id);
    Result<std::vector<FieldDefinition>> fields = m_undo.repository().fields(m_folder.id);
    if (!folder || !fields) {
        admin::showMessage(m_ui->messageLabel, fromStd(!folder ? folder.error() : fields.error()));
        m_fields.clear();
        m_ui->fieldList->setEntries({});
        return;
    }
    m_folder = std::move(*folder);
    m_fields = std::move(*fields);
    setWindowTitle(tr("Fields of %1").arg(fromStd(m_folder.name)));

    QList<OrderedListEditor::Entry> entries;
    for (const FieldDefinition &field : m_fields)
        entries.append(
            {field.id, fromStd(field.name), QIcon(), tr("%1 field").arg(typeName(field.type))});
    m_ui->fieldList->setEntries(entries);
}

void FieldEditor::showDetails()
{
    const FieldDefinition *field = currentField();
    m_ui->detailsGroup->setEnabled(field != nullptr);
    if (!field) {
        m_ui->detailsGroup->setTitle(tr("Selected field"));
        m_ui->typeLabel->clear();
        m_ui->valueCountLabel->clear();
        showOptions();
        return;
    }

    m_ui->detailsGroup->setTitle(tr("Field %1").arg(fromStd(field->name)));
    m_ui->typeLabel->setText(tr("Type: %1").arg(typeName(field->type)));
    const Result<int> count = m_undo.repository().fieldValueCount(field->id);
    if (!count)
        m_ui->valueCountLabel->setText(fromStd(count.error()));
    else
        m_ui->valueCountLabel->setText(*count == 1
                                           ? tr("1 deal has a value in it.")
                                           : tr("%1 deals have a value in it.").arg(*count));
    showOptions();
}

void FieldEditor::showOptions()
{
    const FieldDefinition *field = currentField();
    const bool choice = field && field->type == FieldType::Choice;
    m_ui->optionsLabel->setVisible(choice);
    m_ui->optionList->setVisible(choice);
    QList<OrderedListEditor::Entry> entries;
    if (choice) {
        for (std::size_t index = 0; index < field->options.size(); ++index)
            entries.append({qint64(index + 1), fromStd(field->options[index]), QIcon(), QString()});
    }
    m_ui->optionList->setEntries(entries);
}

const FieldDefinition *FieldEditor::currentField() const
{
    const std::optional<qint64> key = m_ui->fieldList->currentKey();
    return key ? fieldOf(*key) : nullptr;
}

const FieldDefinition *FieldEditor::fieldOf(qint64 key) const
{
    const auto found = std::ranges::find(m_fields, FieldId(key), &FieldDefinition::id);
    return found == m_fields.end() ? nullptr : &*found;
}

std::optional<std::string> FieldEditor::currentOption() const
{
    const FieldDefinition *field = currentField();
    const std::optional<qint64> key = m_ui->optionList->currentKey();
    if (!field || !key || *key < 1 || *key > qint64(field->options.size()))
        return std::nullopt;
    return field->options[std::size_t(*key - 1)];
}

Status FieldEditor::write(const QString &label, const std::function<Status()> &work)
{
    const Status status = m_undo.run(label, work);
    if (!status) {
        log(logger::gui)->info("{} refused: {}", label.toStdString(), status.error());
        admin::showMessage(m_ui->messageLabel, fromStd(status.error()));
        return status;
    }
    admin::showMessage(m_ui->messageLabel, {});
    Q_EMIT fieldsChanged();
    return status;
}

Status FieldEditor::writeOptions(const FieldDefinition &field, std::vector<std::string> options,
                                 const QString &label)
{
    FieldDefinition changed = field;
    changed.options = std::move(options);
    return write(label, [&] { return m_undo.repository().updateField(changed); });
}

void FieldEditor::removeField(const FieldDefinition &field, int valueCount)
{
    const QString label = valueCount == 0 ? tr("Remove field %1").arg(fromStd(field.name))
                                          : tr("Remove field %1 and its values on %2")
                                                .arg(fromStd(field.name), dealsText(valueCount));
    (void)write(label, [&] { return m_undo.repository().deleteField(field.id); });
    reload();
}

// One step: the deals lose the option first, so that no deal is left holding a value the
// field no longer offers.
void FieldEditor::removeOption(const FieldDefinition &field, const std::string &option)
{
    std::vector<std::string> options = field.options;
    std::erase(options, option);
    const QString label = tr("Remove option %1 from %2").arg(fromStd(option), fromStd(field.name));
    (void)write(label, [&]() -> Status {
        Result<FolderSnapshot> snapshot = m_undo.repository().snapshot(m_folder.id);
        if (!snapshot)
            return failure(snapshot.error());
        for (Deal deal : snapshot->deals) {
            if (!holdsOption(deal, field.id, option))
                continue;
            deal.fields.erase(field.id);
            if (Result<Deal> updated = m_undo.repository().updateDeal(deal); !updated)
                return failure(updated.error());
        }
        FieldDefinition changed = field;
        changed.options = options;
        return m_undo.repository().updateField(changed);
    });
    reload();
}

QMessageBox *FieldEditor::ask(const QString &text, const QString &removeText,
                              const std::function<void()> &remove)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, windowTitle(), text, QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *removeButton = box->addButton(removeText, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this,
            [removeButton, remove](QAbstractButton *button) {
                if (button == removeButton)
                    remove();
            });
    box->open();
    return box;
}

} // namespace dealboard
