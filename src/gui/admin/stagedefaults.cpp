#include "gui/admin/stagedefaults.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace dealboard {

namespace {

Stage stageOf(const char *name, const char *color, StageKind kind, int probability)
{
    Stage stage;
    stage.name = name;
    stage.color = color;
    stage.kind = kind;
    stage.probability = probability;
    return stage;
}

// The probability of the nearest open stage before (or from) index, walking by step.
std::optional<int> openNeighbour(const std::vector<Stage> &stages, int index, int step)
{
    for (int at = index; at >= 0 && at < int(stages.size()); at += step) {
        if (stages[std::size_t(at)].isOpen())
            return stages[std::size_t(at)].probability;
    }
    return std::nullopt;
}

} // namespace

QList<QColor> stagePalette()
{
    return {QColor(0x1e88e5), QColor(0x8e24aa), QColor(0xf4511e), QColor(0x00897b),
            QColor(0xfdd835), QColor(0x6d4c41), QColor(0xd81b60), QColor(0x3949ab),
            QColor(0x7cb342), QColor(0x00acc1), QColor(0x43a047), QColor(0xe53935)};
}

QIcon colorSwatch(const QString &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(QColor(color));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
    return QIcon(pixmap);
}

std::vector<Stage> defaultStageSet()
{
    return {stageOf("New", "#1e88e5", StageKind::Open, 10),
            stageOf("Qualified", "#8e24aa", StageKind::Open, 25),
            stageOf("Proposal", "#f4511e", StageKind::Open, 60),
            stageOf("Won", "#43a047", StageKind::Won, 100),
            stageOf("Lost", "#e53935", StageKind::Lost, 0)};
}

Stage newStageAt(const std::vector<Stage> &stages, const std::string &name, int index)
{
    Stage stage;
    stage.name = name;
    stage.kind = guessStageKind(name);

    const QList<QColor> palette = stagePalette();
    const auto unused = std::ranges::find_if(palette, [&](const QColor &color) {
        return std::ranges::none_of(stages, [&](const Stage &other) {
            return QColor(QString::fromStdString(other.color)) == color;
        });
    });
    stage.color = (unused == palette.end() ? palette.first() : *unused).name().toStdString();

    if (stage.isWon()) {
        stage.probability = 100;
    } else if (stage.isOpen()) {
        const int before = openNeighbour(stages, index - 1, -1).value_or(0);
        const int after = openNeighbour(stages, index, 1).value_or(std::min(100, before + 20));
        stage.probability = std::clamp((before + after) / 2, 0, 100);
    }
    return stage;
}

} // namespace dealboard
