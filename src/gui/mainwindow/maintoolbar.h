#pragma once

#include <QToolBar>

class QAction;
class QLineEdit;

namespace dealboard {

// The main window's toolbar: New deal, Import, and the search box that narrows the board
// as the user types. The actions are plain QActions; the window decides what they do.
class MainToolBar final : public QToolBar
{
    Q_OBJECT

public:
    explicit MainToolBar(QWidget *parent = nullptr);

    QAction *newDealAction() const { return m_newDeal; }
    QAction *importAction() const { return m_import; }
    QAction *findAction() const { return m_find; }
    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    void searchChanged(const QString &text);

private:
    QAction *m_newDeal = nullptr;
    QAction *m_import = nullptr;
    QAction *m_find = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace dealboard
