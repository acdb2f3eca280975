#pragma once

#include <QFrame>

class QLabel;

namespace dealboard {

class BoardColumnModel;
class BoardColumnView;

// One column of the board: a header with the stage's name, the number of deals, their
// totals per currency and the totals weighted by win probability, above the list of cards.
// The header follows the model by itself.
class BoardColumnWidget final : public QFrame
{
    Q_OBJECT

public:
    explicit BoardColumnWidget(BoardColumnModel *model, QWidget *parent = nullptr);

    BoardColumnModel *model() const { return m_model; }
    BoardColumnView *view() const { return m_view; }

    // What the header shows, for tests and accessibility.
    QString countText() const;
    QString totalsText() const;
    QString weightedTotalsText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeader();

    BoardColumnModel *m_model = nullptr;
    BoardColumnView *m_view = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_weighted = nullptr;
};

} // namespace dealboard
