// The test artifacts as a client meets them: loaded with dlopen, called through dlsym'd
// functions, exporting the C ABI and nothing else, depending only on the C library family.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <set>
#include <sstream>
#include <string>

#include "include/ingot/ingot.h"

namespace {

const std::string kArtifacts = INGOT_TEST_ARTIFACTS;

// Every function include/ingot/ingot.h declares.
const std::set<std::string> kAbi = {"ingot_abi_version",
                                    "ingot_signature",
                                    "ingot_instance_create",
                                    "ingot_instance_free",
                                    "ingot_call",
                                    "ingot_call_counted",
                                    "ingot_call_stream",
                                    "ingot_stream_next",
                                    "ingot_stream_free",
                                    "ingot_error_kind",
                                    "ingot_error_message",
                                    "ingot_error_ancestor",
                                    "ingot_error_free",
                                    "ingot_value_none",
                                    "ingot_value_bool",
                                    "ingot_value_int",
                                    "ingot_value_float",
                                    "ingot_value_str",
                                    "ingot_value_bytes",
                                    "ingot_value_list",
                                    "ingot_value_tuple",
                                    "ingot_value_dict",
                                    "ingot_value_append",
                                    "ingot_value_dict_set",
                                    "ingot_value_array_copy",
                                    "ingot_value_array_wrap",
                                    "ingot_value_from_json",
                                    "ingot_value_clone",
                                    "ingot_value_free",
                                    "ingot_value_kind",
                                    "ingot_value_as_bool",
                                    "ingot_value_as_int",
                                    "ingot_value_as_float",
                                    "ingot_value_as_str",
                                    "ingot_value_as_bytes",
                                    "ingot_value_len",
                                    "ingot_value_item",
                                    "ingot_value_dict_key",
                                    "ingot_value_dict_value",
                                    "ingot_value_dict_get",
                                    "ingot_value_array_dtype",
                                    "ingot_value_array_ndim",
                                    "ingot_value_array_shape",
                                    "ingot_value_array_data",
                                    "ingot_dtype_size",
                                    "ingot_value_to_json",
                                    "ingot_string_free"};

std::string run(const std::string& command) {
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return output;
  char buffer[512];
  while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
  pclose(pipe);
  return output;
}

class Artifact : public ::testing::TestWithParam<const char*> {
 protected:
  std::string path() const { return kArtifacts + "/abi_" + GetParam() + ".so"; }
};

TEST_P(Artifact, ExportsExactlyTheAbi) {
  // Defined dynamic symbols; the version node the linker adds is not a function.
  std::istringstream lines(run("nm -D --defined-only '" + path() + "'"));
  std::set<std::string> exported;
  for (std::string line; std::getline(lines, line);) {
    const std::string name = line.substr(line.rfind(' ') + 1);
    if (!name.empty()) exported.insert(name);
  }
  EXPECT_EQ(exported, kAbi);
}

#ifndef INGOT_SANITIZED
TEST_P(Artifact, DependsOnlyOnTheCLibraryFamily) {
  std::istringstream lines(run("ldd '" + path() + "'"));
  int libraries = 0;
  for (std::string line; std::getline(lines, line);) {
    ++libraries;
    const bool allowed =
        line.find("linux-vdso") != std::string::npos || line.find("libc.so") != std::string::npos ||
        line.find("libm.so") != std::string::npos || line.find("ld-linux") != std::string::npos;
    EXPECT_TRUE(allowed) << line;
  }
  EXPECT_GT(libraries, 0);
}
#endif

TEST_P(Artifact, LoadsAndAnswersItsVersionAndSignature) {
  void* handle = dlopen(path().c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  ASSERT_NE(handle, nullptr) << dlerror();
  auto version = reinterpret_cast<uint32_t (*)()>(dlsym(handle, "ingot_abi_version"));
  auto signature = reinterpret_cast<const char* (*)()>(dlsym(handle, "ingot_signature"));
  ASSERT_NE(version, nullptr);
  ASSERT_NE(signature, nullptr);
  EXPECT_EQ(version(), static_cast<uint32_t>(INGOT_ABI_VERSION));
  EXPECT_EQ(std::string(signature()).find("{\"name\": \"" + std::string(GetParam()) + "\""), 0u);
  dlclose(handle);
}

INSTANTIATE_TEST_SUITE_P(Abi, Artifact, ::testing::Values("greet", "add", "kitchen", "countdown"));

// Two artifacts in one process keep to themselves: each answers with its own function.
TEST(Artifacts, TwoInOneProcess) {
  void* greet =
      dlopen((kArtifacts + "/abi_greet.so").c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  void* add = dlopen((kArtifacts + "/abi_add.so").c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  ASSERT_NE(greet, nullptr);
  ASSERT_NE(add, nullptr);
  using Create = ingot_status (*)(ingot_instance**, ingot_error**);
  using Call = ingot_status (*)(ingot_instance*, const ingot_value*, ingot_value**,
                                ingot_call_stats*, ingot_error**);
  using FromJson = ingot_value* (*)(const char*, size_t, ingot_error**);
  using ToJson = char* (*)(const ingot_value*, size_t*, ingot_error**);
  auto call_with = [](void* handle, const std::string& args_json) {
    auto create = reinterpret_cast<Create>(dlsym(handle, "ingot_instance_create"));
    auto call = reinterpret_cast<Call>(dlsym(handle, "ingot_call"));
    auto from_json = reinterpret_cast<FromJson>(dlsym(handle, "ingot_value_from_json"));
    auto to_json = reinterpret_cast<ToJson>(dlsym(handle, "ingot_value_to_json"));
    auto free_value = reinterpret_cast<void (*)(ingot_value*)>(dlsym(handle, "ingot_value_free"));
    auto free_string = reinterpret_cast<void (*)(char*)>(dlsym(handle, "ingot_string_free"));
    auto free_instance =
        reinterpret_cast<void (*)(ingot_instance*)>(dlsym(handle, "ingot_instance_free"));
    ingot_instance* instance = nullptr;
    EXPECT_EQ(create(&instance, nullptr), INGOT_OK);
    ingot_value* args = from_json(args_json.data(), args_json.size(), nullptr);
    ingot_value* result = nullptr;
    EXPECT_EQ(call(instance, args, &result, nullptr, nullptr), INGOT_OK);
    char* text = to_json(result, nullptr, nullptr);
    std::string answer = text ? text : "";
    free_string(text);
    free_value(result);
    free_value(args);
    free_instance(instance);
    return answer;
  };
  EXPECT_EQ(call_with(greet, "{\"name\": \"Ada\", \"times\": 2}"), "\"Hello, Ada! Hello, Ada!\"");
  EXPECT_EQ(call_with(add, "{\"a\": 40, \"b\": 2}"), "42");
  dlclose(greet);
  dlclose(add);
}

}  // namespace
