#pragma once

#include "core/domain/savedview.h"

#include <QFrame>

#include <string>
#include <vector>

class QLabel;
class QToolButton;

namespace dealboard {

// A message bar above the board saying which parts of the shown view could not be applied
// (a filter on a deleted field, a hidden stage that is gone, a total too large to show),
// as buildBoard reports them. The user can dismiss it; it comes back when another view, or
// another problem, is shown.
class ViewWarningBar final : public QFrame
{
    Q_OBJECT

public:
    explicit ViewWarningBar(QWidget *parent = nullptr);

    // Shows the warnings of the board of view, or hides the bar when there are none.
    void showWarnings(const SavedView &view, const std::vector<std::string> &warnings);
    QString text() const;
    QToolButton *closeButton() const { return m_close; }

private:
    void dismiss();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    // What is on the bar now and what the user dismissed last: (view id, warnings).
    std::pair<ViewId, std::vector<std::string>> m_shown;
    std::pair<ViewId, std::vector<std::string>> m_dismissed;
};

} // namespace dealboard
