// A file's bytes, mapped read-only into memory for the life of the object.
//
// Imports read files of any size this way: a 2 GB mbox costs address space,
// not heap, and the kernel pages it in as a parser walks it (the mapping is
// advised sequential). An empty file maps to an empty view. Move-only.
//
//   auto file = MappedFile::Open("mail.mbox");
//   if (!file) return file.status();
//   Parse(file->text());
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/status.h"

namespace kith {

class MappedFile {
 public:
  // NotFound when the file is missing, Io for other failures; messages
  // start with the path.
  static Result<MappedFile> Open(const std::string& path);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view text() const { return {static_cast<const char*>(data_), size_}; }

 private:
  MappedFile(void* data, size_t size) : data_(data), size_(size) {}
  void* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace kith
