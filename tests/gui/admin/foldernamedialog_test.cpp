#include "gui/admin/foldernamedialog.h"

#include "admintestsupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

using namespace dealboard;
using namespace dealboard::test;
using namespace Qt::StringLiterals;

TEST_CASE("The folder name dialog closes only when its name is accepted", "[gui][admin]")
{
    QStringList tried;
    FolderNameDialog dialog(u"Rename Folder"_s, u"Rename"_s, u"Deals"_s,
                            [&](const QString &name, int) -> Status {
                                tried.append(name);
                                if (name.isEmpty())
                                    return failure("A folder needs a name.");
                                return {};
                            });
    dialog.show();
    CHECK_FALSE(dialog.findChild<QComboBox *>(u"templateCombo"_s)->isVisible());
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
    CHECK(buttons->button(QDialogButtonBox::Ok)->text() == u"Rename"_s);

    dialog.setName(u"   "_s);
    buttons->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.message() == u"A folder needs a name."_s);

    dialog.setName(u" Inbound "_s);
    buttons->button(QDialogButtonBox::Ok)->click();
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(tried == QStringList{QString(), u"Inbound"_s});
}
