#pragma once

// Runs the command line in-process on temporary databases, capturing what it prints.
#include "cli/cli.h"
#include "support/commandoutput.h"
#include "support/files.h"
#include "support/tempdirectory.h"

#include <sstream>
#include <string>
#include <vector>

namespace dealboard::test {

struct CliRun
{
    int status = -1;
    std::string out;
    std::string err;

    int errLines() const { return int(lineCount(err)); }
};

inline CliRun runCli(const std::vector<std::string> &arguments,
                     const CommandLineEnvironment &environment = {})
{
    std::ostringstream out;
    std::ostringstream err;
    CliRun run;
    run.status = runCommandLine(arguments, environment, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

// A small export of another CRM: ids, a quoted amount with a thousands separator, a
// Cyrillic company, a stage the folder does not have yet and a column for a custom field.
inline const char *sampleCsv = "Deal ID,Deal Name,Account,Sales Agent,Deal Stage,Amount,Close "
                               "Date,Region\n"
                               "A1,Server upgrade,Acme,Alice,New,\"1,200.50\",2024-06-30,North\n"
                               "A2,Laptops,Initech,Bob,Won,900,2024-05-01,South\n"
                               "A3,Printers,Ромашка,Carol,Won,50,2024-04-01,North\n";

} // namespace dealboard::test
