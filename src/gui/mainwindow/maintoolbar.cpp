#include "gui/mainwindow/maintoolbar.h"

#include <QAction>
#include <QIcon>
#include <QLineEdit>

namespace dealboard {

MainToolBar::MainToolBar(QWidget *parent)
    : QToolBar(tr("Main toolbar"), parent)
    , m_newDeal(new QAction(QIcon(QStringLiteral(":/icons/new-deal.svg")), tr("&New Deal"), this))
    , m_import(new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"), this))
    , m_find(new QAction(tr("&Find"), this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(20, 20));

    m_newDeal->setShortcut(QKeySequence::New);
    m_newDeal->setToolTip(tr("Create a deal in the current column (%1)")
                              .arg(m_newDeal->shortcut().toString(QKeySequence::NativeText)));
    m_import->setToolTip(tr("Import deals from a CSV file"));

    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search title, company, owner, contact"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(340);
    m_find->setShortcut(QKeySequence::Find);

    addAction(m_newDeal);
    addAction(m_import);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    addWidget(m_search);

    connect(m_find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, &MainToolBar::searchChanged);
}

} // namespace dealboard
