#include "cli/adminaction.h"

#include "cli/boardsource.h"

#include <algorithm>
#include <optional>
#include <system_error>

namespace dealboard {

namespace {

std::string verbList(std::span<const AdminAction> actions)
{
    std::string verbs;
    for (const auto &action : actions)
        verbs += (verbs.empty() ? "" : ", ") + std::string(action.verb);
    return verbs;
}

bool takesValue(std::span<const AdminAction> actions, std::string_view option)
{
    auto named = [option](const OptionSpec &spec) {
        return spec.name == option;
    };
    const auto common = CommandContext::commonOptions();
    if (const auto found = std::ranges::find_if(common, named); found != common.end())
        return found->takesValue;
    for (const auto &action : actions) {
        if (const auto found = std::ranges::find_if(action.options, named);
            found != action.options.end())
            return found->takesValue;
    }
    return false;
}

// Where the verb is: the first word that is neither an option nor an option's value, so
// that "stages --database x.db list Sales" works as well as "stages list Sales ...".
std::optional<std::size_t> verbIndex(std::span<const AdminAction> actions,
                                     std::span<const std::string> arguments)
{
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (argument == "--")
            return i + 1 < arguments.size() ? std::optional(i + 1) : std::nullopt;
        if (argument == "-" || !argument.starts_with('-'))
            return i;
        if (argument.find('=') == std::string::npos && takesValue(actions, argument))
            ++i;
    }
    return std::nullopt;
}

bool asksForHelp(std::span<const std::string> arguments)
{
    return std::ranges::any_of(arguments, [](const std::string &argument) {
        return argument == "--help" || argument == "-h";
    });
}

// A database this action created is removed again when the action fails: a mistyped
// setup leaves no empty file behind.
void removeDatabase(const std::filesystem::path &database)
{
    std::error_code ignored;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(database.string() + suffix, ignored);
}

int runOnDatabase(const AdminAction &action, const ParsedArguments &arguments,
                  const CommandContext &context)
{
    const std::filesystem::path database = context.database(arguments);
    if (database.empty())
        return context.misuse("missing --database FILE");
    if (action.database == DatabaseUse::Existing) {
        auto repository = openExistingDatabase(database);
        if (!repository)
            return context.fail(repository.error());
        return action.run(AdminRequest{context, arguments, **repository});
    }

    std::error_code error;
    const bool existed = std::filesystem::exists(database, error);
    auto repository = Repository::open(database);
    if (!repository)
        return context.fail("cannot open " + database.string() + ": " + repository.error());
    const int status = action.run(AdminRequest{context, arguments, **repository});
    if (status != exitstatus::success && !existed) {
        repository->reset();
        removeDatabase(database);
    }
    return status;
}

int runAction(const AdminAction &action, std::span<const std::string> arguments,
              const CommandContext &context, std::string (*help)())
{
    const ArgumentParser parser(joinedOptions({CommandContext::commonOptions(), action.options}),
                                action.operands.size());
    const auto parsed = context.parse(parser, arguments, help);
    if (!parsed)
        return parsed.error();
    const std::size_t given = parsed->positionals().size();
    if (given < action.operands.size())
        return context.misuse("missing " + action.operands[given]);
    return runOnDatabase(action, *parsed, context);
}

} // namespace

OptionSpec jsonOption()
{
    return {"--json", false, false};
}

int runAdminCommand(std::span<const AdminAction> actions, std::span<const std::string> arguments,
                    const CommandContext &context, std::string (*help)())
{
    const auto index = verbIndex(actions, arguments);
    if (!index || asksForHelp(arguments.first(*index))) {
        if (asksForHelp(arguments)) {
            context.out() << help();
            return exitstatus::success;
        }
        return context.misuse("missing an action: " + verbList(actions));
    }

    const std::string &verb = arguments[*index];
    const auto action = std::ranges::find(actions, verb, &AdminAction::verb);
    if (action == actions.end()) {
        if (asksForHelp(arguments)) {
            context.out() << help();
            return exitstatus::success;
        }
        return context.misuse("unknown action \"" + verb + "\"; actions: " + verbList(actions));
    }

    std::vector<std::string> rest(arguments.begin(), arguments.end());
    rest.erase(rest.begin() + std::ptrdiff_t(*index));
    const CommandContext actionContext(context.command() + " " + verb, context.environment(),
                                       context.out(), context.err());
    return runAction(*action, rest, actionContext, help);
}

} // namespace dealboard
