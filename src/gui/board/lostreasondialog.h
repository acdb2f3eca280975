#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;

namespace dealboard {

// Asks why deals moved to a lost stage were lost: one answer for all of them. The folder's
// lost reasons are offered in a list; a folder without any gets a line of free text. Cancel
// means "do not move": the caller writes nothing.
class LostReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    // reasons: the folder's lost reasons in order; dealCount and stageName word the question.
    LostReasonDialog(const QStringList &reasons, int dealCount, const QString &stageName,
                     QWidget *parent = nullptr);

    QString reason() const;
    // Picks a listed reason or types the free text, as a user would.
    void setReason(const QString &reason);
    bool offersList() const { return m_list != nullptr; }

private:
    QComboBox *m_list = nullptr;
    QLineEdit *m_text = nullptr;
};

} // namespace dealboard
