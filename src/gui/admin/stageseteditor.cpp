#include "gui/admin/stageseteditor.h"

#include "ui_stageseteditor.h"

#include "core/log/logging.h"
#include "core/storage/repository.h"
#include "gui/admin/adminsupport.h"
#include "gui/admin/reorderablelist.h"
#include "gui/admin/stagedefaults.h"
#include "gui/undo/undohistory.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QPushButton>

namespace dealboard {

using admin::fromStd;

namespace {

QString kindName(StageKind kind)
{
    switch (kind) {
    case StageKind::Won:
        return StageSetEditor::tr("won");
    case StageKind::Lost:
        return StageSetEditor::tr("lost");
    case StageKind::Open:
        break;
    }
    return StageSetEditor::tr("open");
}

QString toolTipOf(const Stage &stage)
{
    const QString rotting = stage.rottingDays
                                ? StageSetEditor::tr("rots after %1 days").arg(*stage.rottingDays)
                                : StageSetEditor::tr("never rots");
    return StageSetEditor::tr("%1 stage, %2 % win probability, %3")
        .arg(kindName(stage.kind))
        .arg(stage.probability)
        .arg(rotting);
}

} // namespace

StageSetEditor::StageSetEditor(UndoHistory &undo, FolderId folderId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StageSetEditor>())
    , m_undo(undo)
{
    m_ui->setupUi(this);
    m_folder.id = folderId;
    m_ui->kindCombo->addItem(tr("Open"), int(StageKind::Open));
    m_ui->kindCombo->addItem(tr("Won"), int(StageKind::Won));
    m_ui->kindCombo->addItem(tr("Lost"), int(StageKind::Lost));
    m_ui->stageList->setRemoveText(tr("&Delete…"));
    admin::connectUndoButtons(undo, m_ui->undoButton, m_ui->redoButton, this);

    connectParts();
    reload();
    m_ui->stageList->list()->setFocus();
}

StageSetEditor::~StageSetEditor() = default;

QString StageSetEditor::message() const
{
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

bool StageSetEditor::selectStage(StageId id)
{
    return m_ui->stageList->selectKey(id);
}

void StageSetEditor::setColor(const QString &color)
{
    const Stage *stage = currentStage();
    if (!stage || color.compare(fromStd(stage->color), Qt::CaseInsensitive) == 0)
        return;
    (void)updateCurrent(tr("Change colour of stage %1").arg(fromStd(stage->name)),
                        [&](Stage &changed) { changed.color = color.toLower().toStdString(); });
}

// A stage that becomes won or lost takes the probability that goes with it, as a sales
// team would set it anyway; an open stage keeps its own.
void StageSetEditor::setKind(StageKind kind)
{
    const Stage *stage = currentStage();
    if (!stage || stage->kind == kind)
        return;
    const QString name = fromStd(stage->name);
    const QString label = kind == StageKind::Won    ? tr("Make %1 a won stage").arg(name)
                          : kind == StageKind::Lost ? tr("Make %1 a lost stage").arg(name)
                                                    : tr("Make %1 an open stage").arg(name);
    (void)updateCurrent(label, [&](Stage &changed) {
        changed.kind = kind;
        if (kind == StageKind::Won)
            changed.probability = 100;
        else if (kind == StageKind::Lost)
            changed.probability = 0;
    });
}

void StageSetEditor::setProbability(int percent)
{
    const Stage *stage = currentStage();
    if (!stage || stage->probability == percent)
        return;
    (void)updateCurrent(
        tr("Set win probability of %1 to %2 %").arg(fromStd(stage->name)).arg(percent),
        [&](Stage &changed) { changed.probability = percent; });
}

void StageSetEditor::setRottingDays(std::optional<int> days)
{
    const Stage *stage = currentStage();
    if (!stage || stage->rottingDays == days)
        return;
    const QString name = fromStd(stage->name);
    const QString label = days ? tr("Set rotting limit of %1 to %2 days").arg(name).arg(*days)
                               : tr("Let deals in %1 never rot").arg(name);
    (void)updateCurrent(label, [&](Stage &changed) { changed.rottingDays = days; });
}

QInputDialog *StageSetEditor::deleteCurrentStage()
{
    const Stage *current = currentStage();
    if (!current)
        return nullptr;
    const Stage stage = *current;
    const Result<int> count = m_undo.repository().stageDealCount(stage.id);
    if (!count) {
        admin::showMessage(m_ui->messageLabel, fromStd(count.error()));
        return nullptr;
    }
    if (*count == 0 || m_stages.size() < 2) {
        deleteStage(stage, std::nullopt, 0);
        return nullptr;
    }

    // The stage left of it by default: deals go back one step rather than forward.
    QStringList targets;
    std::vector<StageId> targetIds;
    int preferred = 0;
    for (const Stage &other : m_stages) {
        if (other.id == stage.id) {
            preferred = std::max(0, int(targetIds.size()) - 1);
            continue;
        }
        targets.append(fromStd(other.name));
        targetIds.push_back(other.id);
    }

    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Delete stage %1").arg(fromStd(stage.name)));
    dialog->setLabelText(
        *count == 1 ? tr("“%1” holds 1 deal (counting deals any view hides). Move it to:")
                          .arg(fromStd(stage.name))
                    : tr("“%1” holds %2 deals (counting deals any view hides). Move them to:")
                          .arg(fromStd(stage.name))
                          .arg(*count));
    dialog->setComboBoxItems(targets);
    dialog->setComboBoxEditable(false);
    dialog->setTextValue(targets.value(preferred));
    dialog->setOkButtonText(*count == 1 ? tr("Move 1 Deal and Delete")
                                        : tr("Move %1 Deals and Delete").arg(*count));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, stage, targets, targetIds, count = *count](const QString &chosen) {
                const qsizetype index = targets.indexOf(chosen);
                if (index >= 0)
                    deleteStage(stage, targetIds[std::size_t(index)], count);
            });
    dialog->open();
    return dialog;
}

QColorDialog *StageSetEditor::chooseColor()
{
    const Stage *stage = currentStage();
    if (!stage)
        return nullptr;
    const QList<QColor> palette = stagePalette();
    for (int index = 0; index < palette.size(); ++index)
        QColorDialog::setCustomColor(index, palette[index]);

    auto *dialog = new QColorDialog(QColor(fromStd(stage->color)), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QColorDialog::DontUseNativeDialog);
    dialog->setWindowTitle(tr("Colour of %1").arg(fromStd(stage->name)));
    connect(dialog, &QColorDialog::colorSelected, this,
            [this](const QColor &color) { setColor(color.name()); });
    dialog->open();
    return dialog;
}

void StageSetEditor::connectParts()
{
    OrderedListEditor *list = m_ui->stageList;
    list->setAddHandler([this](const QString &name, int index) { return addStage(name, index); });
    list->setRenameHandler(
        [this](qint64 key, const QString &name) { return renameStage(key, name); });
    list->setMoveHandler([this](qint64 key, int index) { return moveStage(key, index); });
    connect(list, &OrderedListEditor::entriesChanged, this, &StageSetEditor::reload);
    connect(list, &OrderedListEditor::currentChanged, this, &StageSetEditor::showDetails);
    connect(list, &OrderedListEditor::removeClicked, this, [this] { deleteCurrentStage(); });
    connect(list, &OrderedListEditor::errorOccurred, this,
            [this](const QString &message) { admin::showMessage(m_ui->messageLabel, message); });

    connect(m_ui->colorButton, &QPushButton::clicked, this, [this] { chooseColor(); });
    connect(m_ui->kindCombo, &QComboBox::activated, this, [this] {
        if (!m_filling)
            setKind(StageKind(m_ui->kindCombo->currentData().toInt()));
    });
    connect(m_ui->probabilitySpin, &QSpinBox::editingFinished, this, [this] {
        if (!m_filling)
            setProbability(m_ui->probabilitySpin->value());
    });
    connect(m_ui->rottingSpin, &QSpinBox::editingFinished, this, [this] {
        const int days = m_ui->rottingSpin->value();
        if (!m_filling)
            setRottingDays(days == 0 ? std::nullopt : std::optional<int>(days));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_undo, &UndoHistory::databaseRestored, this, &StageSetEditor::reload);
}

void StageSetEditor::reload()
{
    Result<Folder> folder = m_undo.repository().folder(m_folder.id);
    Result<std::vector<Stage>> stages = m_undo.repository().stages(m_folder.id);
    if (!folder || !stages) {
        admin::showMessage(m_ui->messageLabel, fromStd(!folder ? folder.error() : stages.error()));
        m_stages.clear();
        m_ui->stageList->setEntries({});
        return;
    }
    m_folder = std::move(*folder);
    m_stages = std::move(*stages);
    setWindowTitle(tr("Stages of %1").arg(fromStd(m_folder.name)));

    QList<OrderedListEditor::Entry> entries;
    for (const Stage &stage : m_stages)
        entries.append(
            {stage.id, fromStd(stage.name), colorSwatch(fromStd(stage.color)), toolTipOf(stage)});
    m_ui->stageList->setEntries(entries);
}

void StageSetEditor::showDetails()
{
    const Stage *stage = currentStage();
    m_ui->detailsGroup->setEnabled(stage != nullptr);
    if (!stage) {
        m_ui->dealCountLabel->clear();
        return;
    }

    m_filling = true;
    m_ui->detailsGroup->setTitle(tr("Stage %1").arg(fromStd(stage->name)));
    m_ui->colorButton->setIcon(colorSwatch(fromStd(stage->color)));
    m_ui->colorButton->setText(fromStd(stage->color));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(stage->kind)));
    m_ui->probabilitySpin->setValue(stage->probability);
    m_ui->rottingSpin->setValue(stage->rottingDays.value_or(0));
    m_filling = false;

    const Result<int> count = m_undo.repository().stageDealCount(stage->id);
    if (!count)
        m_ui->dealCountLabel->setText(fromStd(count.error()));
    else
        m_ui->dealCountLabel->setText(*count == 1 ? tr("1 deal is in this stage.")
                                                  : tr("%1 deals are in this stage.").arg(*count));
}

const Stage *StageSetEditor::currentStage() const
{
    const std::optional<qint64> key = m_ui->stageList->currentKey();
    if (!key)
        return nullptr;
    const auto found = std::ranges::find(m_stages, StageId(*key), &Stage::id);
    return found == m_stages.end() ? nullptr : &*found;
}

// Every change of the dialog goes through here: one undo step, its refusal shown.
Status StageSetEditor::write(const QString &label, const std::function<Status()> &work)
{
    const Status status = m_undo.run(label, work);
    if (!status) {
        log(logger::gui)->info("{} refused: {}", label.toStdString(), status.error());
        admin::showMessage(m_ui->messageLabel, fromStd(status.error()));
        return status;
    }
    admin::showMessage(m_ui->messageLabel, {});
    Q_EMIT stagesChanged();
    return status;
}

Status StageSetEditor::updateCurrent(const QString &label,
                                     const std::function<void(Stage &)> &change)
{
    Stage stage = *currentStage();
    change(stage);
    const Status status = write(label, [&] { return m_undo.repository().updateStage(stage); });
    // Shows the stored values again, also after a refusal, so no control shows a value
    // that storage does not have.
    reload();
    return status;
}

Result<qint64> StageSetEditor::addStage(const QString &name, int index)
{
    Stage stage = newStageAt(m_stages, name.toStdString(), index);
    stage.folderId = m_folder.id;
    StageId added = 0;
    const Status status = write(tr("Add stage %1").arg(name), [&]() -> Status {
        Result<Stage> stored = m_undo.repository().addStage(m_folder.id, stage);
        if (!stored)
            return failure(stored.error());
        added = stored->id;
        if (index >= int(m_stages.size()))
            return {};
        return m_undo.repository().moveStage(added, index);
    });
    if (!status)
        return failure(status.error());
    return added;
}

Status StageSetEditor::renameStage(StageId id, const QString &name)
{
    const auto found = std::ranges::find(m_stages, id, &Stage::id);
    if (found == m_stages.end())
        return failure(tr("The stage no longer exists.").toStdString());
    Stage stage = *found;
    const QString label = tr("Rename stage %1 to %2").arg(fromStd(stage.name), name);
    stage.name = name.toStdString();
    return write(label, [&] { return m_undo.repository().updateStage(stage); });
}

Status StageSetEditor::moveStage(StageId id, int index)
{
    const auto found = std::ranges::find(m_stages, id, &Stage::id);
    if (found == m_stages.end())
        return failure(tr("The stage no longer exists.").toStdString());
    return write(tr("Move stage %1").arg(fromStd(found->name)),
                 [&] { return m_undo.repository().moveStage(id, index); });
}

void StageSetEditor::deleteStage(const Stage &stage, std::optional<StageId> target, int dealCount)
{
    QString label = tr("Delete stage %1").arg(fromStd(stage.name));
    if (target) {
        const auto found = std::ranges::find(m_stages, *target, &Stage::id);
        const QString targetName = found == m_stages.end() ? QString() : fromStd(found->name);
        label =
            dealCount == 1
                ? tr("Delete stage %1 and move its deal to %2").arg(fromStd(stage.name), targetName)
                : tr("Delete stage %1 and move its %2 deals to %3")
                      .arg(fromStd(stage.name))
                      .arg(dealCount)
                      .arg(targetName);
    }
    (void)write(label, [&] { return m_undo.repository().deleteStage(stage.id, target); });
    reload();
}

} // namespace dealboard
