// A whole file mapped read-only into memory, for parsers that read large
// files in one pass (mbox mail archives of several GB).
//
//   Result<MappedFile> file = MappedFile::Open("All mail.mbox");
//   if (!file) return file.status();      // "All mail.mbox: No such file or directory"
//   MboxReader reader(file->data());
//   ... every few MB: file->Release(reader.consumed());
//
// Mapping costs no copy, but every page read stays counted in the process's
// resident memory until it is unmapped. Release() gives back the pages before
// an offset, so a pass over a 2 GB file stays at a few MB resident; reading a
// released page again is still valid (the kernel reads it back in). Move-only;
// not thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

namespace kith {

class MappedFile {
 public:
  static Result<MappedFile> Open(const std::string& path);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view data() const { return {data_, size_}; }

  // Drops the pages wholly before `offset` from resident memory.
  void Release(size_t offset);

 private:
  MappedFile(const char* data, size_t size) : data_(data), size_(size) {}
  const char* data_ = nullptr;
  size_t size_ = 0;
  size_t released_ = 0;
};

}  // namespace kith
