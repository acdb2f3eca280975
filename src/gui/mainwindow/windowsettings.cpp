#include "gui/mainwindow/windowsettings.h"

#include <QMainWindow>
#include <QSplitter>

namespace dealboard {

namespace {

const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString lastFolderKey = QStringLiteral("board/lastFolder");
const QString lastViewKey = QStringLiteral("board/lastView");

std::optional<qint64> positiveId(const QVariant &value)
{
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

void WindowSettings::saveLayout(const QMainWindow &window, const QSplitter &splitter)
{
    m_settings.setValue(geometryKey, window.saveGeometry());
    m_settings.setValue(stateKey, window.saveState());
    m_settings.setValue(splitterKey, splitter.saveState());
}

bool WindowSettings::restoreLayout(QMainWindow &window, QSplitter &splitter) const
{
    const QByteArray geometry = m_settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry))
        return false;
    window.restoreState(m_settings.value(stateKey).toByteArray());
    splitter.restoreState(m_settings.value(splitterKey).toByteArray());
    return true;
}

void WindowSettings::saveLastView(FolderId folderId, ViewId viewId)
{
    m_settings.setValue(lastFolderKey, QVariant::fromValue<qint64>(folderId));
    m_settings.setValue(lastViewKey, QVariant::fromValue<qint64>(viewId));
}

std::optional<ViewId> WindowSettings::lastViewId() const
{
    return positiveId(m_settings.value(lastViewKey));
}

std::optional<FolderId> WindowSettings::lastFolderId() const
{
    return positiveId(m_settings.value(lastFolderKey));
}

} // namespace dealboard
