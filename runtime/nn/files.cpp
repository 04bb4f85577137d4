#include "runtime/nn/files.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "runtime/core/errors.h"

namespace ingot::rt::nn {

// One read-only mapping of a whole file, unmapped when the last FileSet holding it goes.
struct FileSet::Mapping {
  void* address = nullptr;
  size_t size = 0;
  ~Mapping() {
    if (address != nullptr) munmap(address, size);
  }
};

namespace {

std::shared_ptr<FileSet::Mapping> map_file(const std::filesystem::path& path);

}  // namespace

FileSet FileSet::from_blobs(const std::map<std::string, Bytes>& blobs) {
  FileSet set;
  for (const auto& [name, bytes] : blobs) set.files_.emplace(name, bytes);
  return set;
}

FileSet FileSet::from_folder(const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(folder, error)) {
    raise(ExcKind::FileNotFoundError, "model folder not found: '" + folder + "'");
  }
  FileSet set;
  for (const auto& entry : fs::recursive_directory_iterator(folder, error)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = fs::relative(entry.path(), folder).generic_string();
    if (entry.file_size() == 0) {
      set.files_.emplace(name, Bytes());
      continue;
    }
    auto mapping = map_file(entry.path());
    set.files_.emplace(name, Bytes(static_cast<const std::byte*>(mapping->address), mapping->size));
    set.mappings_.push_back(std::move(mapping));
  }
  if (error) raise(ExcKind::OSError, "cannot list '" + folder + "': " + error.message());
  return set;
}

bool FileSet::contains(std::string_view name) const { return files_.contains(name); }

std::optional<Bytes> FileSet::find(std::string_view name) const {
  auto it = files_.find(name);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

Bytes FileSet::at(std::string_view name) const {
  auto found = find(name);
  if (!found) raise(ExcKind::FileNotFoundError, "model file missing: '" + std::string(name) + "'");
  return *found;
}

std::string_view FileSet::text(std::string_view name) const {
  Bytes bytes = at(name);
  return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

std::vector<std::string> FileSet::names() const {
  std::vector<std::string> names;
  for (const auto& [name, bytes] : files_) names.push_back(name);
  return names;
}

namespace {

std::shared_ptr<FileSet::Mapping> map_file(const std::filesystem::path& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) raise(ExcKind::OSError, "cannot open '" + path.string() + "'");
  struct stat info {};
  if (fstat(fd, &info) != 0) {
    close(fd);
    raise(ExcKind::OSError, "cannot stat '" + path.string() + "'");
  }
  auto mapping = std::make_shared<FileSet::Mapping>();
  mapping->size = static_cast<size_t>(info.st_size);
  void* address = mmap(nullptr, mapping->size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (address == MAP_FAILED) raise(ExcKind::OSError, "cannot map '" + path.string() + "'");
  mapping->address = address;
  return mapping;
}

}  // namespace

}  // namespace ingot::rt::nn
