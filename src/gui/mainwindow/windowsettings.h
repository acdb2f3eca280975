#pragma once

#include "core/domain/ids.h"

#include <QSettings>

#include <optional>

class QMainWindow;
class QSplitter;

namespace dealboard {

// What the main window remembers between runs, in the user's QSettings: its geometry, the
// layout of toolbars and sidebar, and the last view that was open.
class WindowSettings final
{
public:
    WindowSettings() = default;

    void saveLayout(const QMainWindow &window, const QSplitter &splitter);
    // False when nothing was saved yet: the window then picks its default size.
    bool restoreLayout(QMainWindow &window, QSplitter &splitter) const;

    // Saved views are remembered by id; a folder without views by its stand-in (id 0).
    void saveLastView(FolderId folderId, ViewId viewId);
    std::optional<ViewId> lastViewId() const;
    std::optional<FolderId> lastFolderId() const;

private:
    QSettings m_settings;
};

} // namespace dealboard
