#include "gui/mainwindow/viewexporter.h"

#include "core/board/board.h"
#include "core/io/exporter.h"
#include "gui/board/boardwidget.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace dealboard {

ViewExporter::ViewExporter(const BoardWidget &board, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_board(board)
    , m_dialogParent(dialogParent)
{
}

void ViewExporter::exportView()
{
    if (!m_board.hasFolder()) {
        Q_EMIT errorOccurred(tr("Open a view in the sidebar before exporting it."));
        return;
    }

    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");
    QString chosenFilter = csvFilter;
    QString path =
        QFileDialog::getSaveFileName(m_dialogParent, tr("Export View"), suggestedFileName(),
                                     csvFilter + QStringLiteral(";;") + jsonFilter, &chosenFilter);
    if (path.isEmpty())
        return;

    const bool wantsJson = chosenFilter == jsonFilter;
    if (QFileInfo(path).suffix().isEmpty())
        path += wantsJson ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (auto written = exportViewTo(path); !written)
        Q_EMIT errorOccurred(QString::fromStdString(written.error()));
}

Status ViewExporter::exportViewTo(const QString &path)
{
    if (!m_board.hasFolder())
        return failure(tr("Open a view in the sidebar before exporting it.").toStdString());

    const FolderSnapshot &snapshot = m_board.snapshot();
    const Board board = buildBoard(snapshot, m_board.view());
    const bool json =
        QFileInfo(path).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0;
    const auto format = json ? ExportFormat::Json : ExportFormat::Csv;

    if (auto written = exportBoardToFile(board, snapshot, format, path.toStdString()); !written)
        return written;

    Q_EMIT exported(path, int(dealCount(board)));
    return {};
}

// "Deals - Open pipeline.csv" in the user's documents folder.
QString ViewExporter::suggestedFileName() const
{
    QString name =
        QString::fromStdString(m_board.snapshot().folder.name + " - " + m_board.view().name);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(name + QStringLiteral(".csv"));
}

} // namespace dealboard
