// The files of a checkpoint, by their path relative to the checkpoint's root
// ("config.json", "1_Pooling/config.json", "model.safetensors"). The bytes are never
// copied: they are either blobs the caller keeps alive (the weights embedded in an
// artifact's .so) or files of a folder memory-mapped here, read only.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ingot::rt::nn {

using Bytes = std::span<const std::byte>;

class FileSet {
 public:
  // Blobs owned by the caller, which must outlive the FileSet and every model loaded from it.
  static FileSet from_blobs(const std::map<std::string, Bytes>& blobs);
  // Every regular file under `folder`, memory-mapped. FileNotFoundError when it is no folder.
  static FileSet from_folder(const std::string& folder);

  bool contains(std::string_view name) const;
  // The file's bytes; FileNotFoundError naming it when it is missing.
  Bytes at(std::string_view name) const;
  std::optional<Bytes> find(std::string_view name) const;
  std::string_view text(std::string_view name) const;
  // The names, sorted.
  std::vector<std::string> names() const;

  struct Mapping;  // one memory-mapped file (files.cpp)

 private:
  std::map<std::string, Bytes, std::less<>> files_;
  std::vector<std::shared_ptr<Mapping>> mappings_;  // shared: a FileSet copies cheaply
};

}  // namespace ingot::rt::nn
