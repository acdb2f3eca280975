#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

class QWidget;

namespace dealboard {

class BoardWidget;

// Saves the open view as a CSV or JSON file: the folder seen through its saved view, with
// every field. The search box is left out, so the file holds the whole view; what a sales
// rep narrowed down for a moment is not mistaken for the pipeline.
class ViewExporter final : public QObject
{
    Q_OBJECT

public:
    ViewExporter(const BoardWidget &board, QWidget *dialogParent);

    // Asks where to save (CSV or JSON), then writes; reports through the signals.
    void exportView();
    // Writes without asking. A file ending in .json gets JSON, any other CSV.
    [[nodiscard]] Status exportViewTo(const QString &path);

Q_SIGNALS:
    void exported(const QString &path, int dealCount);
    void errorOccurred(const QString &message);

private:
    QString suggestedFileName() const;

    const BoardWidget &m_board;
    QWidget *m_dialogParent = nullptr;
};

} // namespace dealboard
