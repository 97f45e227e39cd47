// The kith command line: parses arguments, runs one verb, prints errors to
// stderr and returns the process exit code (cli/exit_codes.h).
#pragma once

namespace kith::cli {

int Run(int argc, char** argv);

}  // namespace kith::cli
