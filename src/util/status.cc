#include "util/status.h"

namespace kith {

const char* CodeName(Code code) {
  switch (code) {
    case Code::kOk:
      return "ok";
    case Code::kInvalid:
      return "invalid";
    case Code::kNotFound:
      return "not_found";
    case Code::kAmbiguous:
      return "ambiguous";
    case Code::kConflict:
      return "conflict";
    case Code::kIo:
      return "io";
    case Code::kInternal:
      return "internal";
  }
  return "internal";
}

}  // namespace kith
