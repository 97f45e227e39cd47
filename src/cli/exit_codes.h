// The one place where a Status code becomes a process exit code. Scripts can
// rely on these numbers (README.md, "Errors").
#pragma once

#include "util/status.h"

namespace kith::cli {

inline constexpr int kExitUsage = 2;  // bad arguments or bad input

int ExitCode(Code code);

}  // namespace kith::cli
