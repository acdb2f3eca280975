// The dealboard executable. With a subcommand it runs headless through the command line
// library, without creating a QApplication, so it works with no display. Otherwise it
// opens the window on the default database or the one given by --database.
#include "cli/cli.h"
#include "core/log/logging.h"
#include "core/storage/demodata.h"
#include "core/storage/repository.h"
#include "gui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>
#include <filesystem>
#include <string_view>

namespace {

std::filesystem::path toPath(const QString &text)
{
    return std::filesystem::path(QFile::encodeName(text).toStdString());
}

// The per-user data location ("~/.local/share/Dealboard/dealboard" on Linux): the default
// database and the log live there. Needs only the application names, not an instance.
QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

spdlog::level::level_enum levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        break;
    }
    return spdlog::level::critical;
}

// Qt's own messages (a missing platform plugin, a bad connect) go to the same sinks as ours.
void routeQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category = context.category ? context.category : "default";
    if (std::string_view(category) == "default")
        dealboard::log(dealboard::logger::qt)->log(levelOf(type), "{}", message.toStdString());
    else
        dealboard::log(dealboard::logger::qt)
            ->log(levelOf(type), "{}: {}", category, message.toStdString());
}

struct WindowOptions
{
    QString database;
    bool isDefaultDatabase = true;
    bool verbose = false;
};

// Parsed by hand rather than by QCommandLineParser::process(), which exits on its own with
// a message of its own; here a mistake is one line and exit status 2 like the subcommands.
std::optional<WindowOptions> parseWindowOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database(
        QStringLiteral("database"), QStringLiteral("Open this database."), QStringLiteral("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Log debug messages."));
    parser.addOption(database);
    parser.addOption(verbose);
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        const QString reason = parser.errorText().isEmpty()
                                   ? QStringLiteral("unknown command \"%1\"")
                                         .arg(parser.positionalArguments().value(0))
                                   : parser.errorText();
        std::fprintf(stderr, "dealboard: %s (see dealboard --help)\n", qPrintable(reason));
        return std::nullopt;
    }

    WindowOptions options;
    options.isDefaultDatabase = !parser.isSet(database);
    options.database = options.isDefaultDatabase ? dataDirectory() + QStringLiteral("/dealboard.db")
                                                 : parser.value(database);
    options.verbose = parser.isSet(verbose);
    return options;
}

void showOpenError(const QString &database, const std::string &reason)
{
    QMessageBox::critical(
        nullptr, QCoreApplication::translate("main", "Dealboard"),
        QCoreApplication::translate("main", "Dealboard cannot open the database %1.\n\n%2")
            .arg(QDir::toNativeSeparators(database), QString::fromStdString(reason)));
}

// The default database starts with the set-up the product is known for, so a first start
// shows pipelines rather than an empty window. A file named with --database is the user's
// own and starts empty, ready for an import.
std::unique_ptr<dealboard::Repository> openRepository(const WindowOptions &options)
{
    const QString &database = options.database;
    QDir().mkpath(QFileInfo(database).absolutePath());
    auto repository = dealboard::Repository::open(toPath(database));
    if (!repository) {
        dealboard::log(dealboard::logger::storage)->error("{}", repository.error());
        showOpenError(database, repository.error());
        return nullptr;
    }
    if ((*repository)->isNew() && options.isDefaultDatabase) {
        if (auto seeded = dealboard::seedStarterSetup(**repository); !seeded)
            dealboard::log(dealboard::logger::storage)->error("{}", seeded.error());
    }
    return std::move(*repository);
}

bool asksForVerbose(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--verbose")
            return true;
    }
    return false;
}

// Without a display QApplication aborts with a message about platform plugins; say what is
// wrong instead, after the options, so a mistyped one is still exit status 2.
bool hasDisplay(int argc, char **argv)
{
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]) == "-platform")
            return true;
    }
    return false;
}

int refuseWithoutDisplay(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!parseWindowOptions(arguments))
        return dealboard::exitstatus::usage;

    std::fprintf(stderr, "dealboard: no display to open the window on (DISPLAY is not set); "
                         "the commands work without one, see dealboard --help\n");
    return dealboard::exitstatus::failure;
}

int runWindow(int argc, char **argv)
{
    if (!hasDisplay(argc, argv))
        return refuseWithoutDisplay(argc, argv);

    // Logging comes first so that what Qt says while starting up reaches the log too.
    dealboard::initLogging({asksForVerbose(argc, argv), toPath(dataDirectory()), false});
    qInstallMessageHandler(routeQtMessage);

    QApplication application(argc, argv);
    const auto options = parseWindowOptions(QApplication::arguments());
    if (!options)
        return dealboard::exitstatus::usage;

    auto repository = openRepository(*options);
    if (!repository)
        return dealboard::exitstatus::failure;

    dealboard::MainWindow window(*repository);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dealboard"));
    QCoreApplication::setApplicationName(QStringLiteral("dealboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEALBOARD_VERSION));

    if (dealboard::isCommandLineInvocation(argc, argv)) {
        const std::filesystem::path data = toPath(dataDirectory());
        return dealboard::runCommandLine(argc, argv, {data / "dealboard.db", data});
    }
    return runWindow(argc, argv);
}
