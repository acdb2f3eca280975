// Runs the widget tests inside one QApplication on the offscreen platform, with Qt's
// standard paths in test mode so no test touches the user's own settings or data.
#include <catch2/catch_session.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dealboard"));
    QApplication::setApplicationName(QStringLiteral("dealboard-tests"));

    return Catch::Session().run(argc, argv);
}
