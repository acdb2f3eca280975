#pragma once

// Settings of the test's own, empty at the start and removed at the end. QStandardPaths test
// mode keeps them away from the user's; a name per process keeps tests that CTest runs in
// parallel away from each other.
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
        QCoreApplication::setApplicationName(
            QStringLiteral("%1-%2").arg(m_applicationName).arg(QCoreApplication::applicationPid()));
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
