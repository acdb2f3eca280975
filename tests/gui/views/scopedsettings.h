#pragma once

// Settings of the test's own, empty at the start and removed at the end, for tests of a
// window that remembers its view. QStandardPaths test mode keeps them away from the user's;
// a name per process keeps tests that CTest runs in parallel apart (as in mainwindow_test).
#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QString>

namespace dealboard::test {

class ScopedSettings final
{
public:
    ScopedSettings()
        : m_applicationName(QCoreApplication::applicationName())
    {
        QCoreApplication::setApplicationName(m_applicationName + QStringLiteral("-views-") +
                                             QString::number(QCoreApplication::applicationPid()));
        QSettings().clear();
    }
    ~ScopedSettings()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
        QFile::remove(settings.fileName());
        QCoreApplication::setApplicationName(m_applicationName);
    }
    ScopedSettings(const ScopedSettings &) = delete;
    ScopedSettings &operator=(const ScopedSettings &) = delete;

private:
    QString m_applicationName;
};

} // namespace dealboard::test
