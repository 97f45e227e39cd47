#include "cli/exit_codes.h"

namespace kith::cli {

int ExitCode(Code code) {
  switch (code) {
    case Code::kOk:
      return 0;
    case Code::kInvalid:
      return kExitUsage;
    case Code::kNotFound:
      return 3;
    case Code::kAmbiguous:
      return 4;
    case Code::kConflict:
      return 5;
    case Code::kIo:
      return 6;
    case Code::kInternal:
      return 70;
  }
  return 70;
}

}  // namespace kith::cli
