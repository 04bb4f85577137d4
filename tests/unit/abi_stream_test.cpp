// Generators through the C ABI, as a client meets them: the countdown test artifact
// (abi_artifacts/countdown.cpp) dlopen'd, its items pulled with ingot_stream_next.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "include/ingot/ingot.h"

namespace {

const std::string kArtifacts = INGOT_TEST_ARTIFACTS;

// The ABI functions these tests use, looked up in one artifact.
struct Abi {
  void* handle = nullptr;
  ingot_status (*instance_create)(ingot_instance**, ingot_error**);
  void (*instance_free)(ingot_instance*);
  ingot_status (*call)(ingot_instance*, const ingot_value*, ingot_value**, ingot_call_stats*,
                       ingot_error**);
  ingot_status (*call_stream)(ingot_instance*, const ingot_value*, ingot_stream**, ingot_error**);
  ingot_status (*stream_next)(ingot_stream*, ingot_value**, ingot_error**);
  void (*stream_free)(ingot_stream*);
  const char* (*signature)();
  const char* (*error_kind)(const ingot_error*);
  const char* (*error_message)(const ingot_error*);
  void (*error_free)(ingot_error*);
  ingot_value* (*from_json)(const char*, size_t, ingot_error**);
  char* (*to_json)(const ingot_value*, size_t*, ingot_error**);
  void (*value_free)(ingot_value*);
  void (*string_free)(char*);

  explicit Abi(const std::string& name) {
    handle = dlopen((kArtifacts + "/abi_" + name + ".so").c_str(),
                    RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!handle) return;
    bind(instance_create, "ingot_instance_create");
    bind(instance_free, "ingot_instance_free");
    bind(call, "ingot_call");
    bind(call_stream, "ingot_call_stream");
    bind(stream_next, "ingot_stream_next");
    bind(stream_free, "ingot_stream_free");
    bind(signature, "ingot_signature");
    bind(error_kind, "ingot_error_kind");
    bind(error_message, "ingot_error_message");
    bind(error_free, "ingot_error_free");
    bind(from_json, "ingot_value_from_json");
    bind(to_json, "ingot_value_to_json");
    bind(value_free, "ingot_value_free");
    bind(string_free, "ingot_string_free");
  }
  ~Abi() {
    if (handle) dlclose(handle);
  }
  template <typename F>
  void bind(F& slot, const char* name) {
    slot = reinterpret_cast<F>(dlsym(handle, name));
  }

  std::string json(const ingot_value* value) const {
    char* text = to_json(value, nullptr, nullptr);
    std::string out = text ? text : "<no json>";
    string_free(text);
    return out;
  }
  std::string take_error(ingot_error* error) const {
    std::string out = std::string(error_kind(error)) + ": " + error_message(error);
    error_free(error);
    return out;
  }
};

// What one stream gave: each item's JSON, then "done" or the error it ended with.
std::vector<std::string> drain(const Abi& abi, ingot_stream* stream, size_t limit = 100) {
  std::vector<std::string> seen;
  for (size_t i = 0; i < limit; ++i) {
    ingot_value* item = nullptr;
    ingot_error* error = nullptr;
    if (abi.stream_next(stream, &item, &error) != INGOT_OK) {
      EXPECT_EQ(item, nullptr);
      seen.push_back(abi.take_error(error));
      return seen;
    }
    EXPECT_EQ(error, nullptr);
    if (item == nullptr) {
      seen.push_back("done");
      return seen;
    }
    seen.push_back(abi.json(item));
    abi.value_free(item);
  }
  return seen;
}

class Stream : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(abi.handle, nullptr) << dlerror();
    ASSERT_NE(abi.call_stream, nullptr);
    ASSERT_EQ(abi.instance_create(&instance, nullptr), INGOT_OK);
  }
  void TearDown() override {
    if (instance) abi.instance_free(instance);
  }
  // Starts a stream with JSON arguments; null (and the error in *why) when refused.
  ingot_stream* start(const std::string& args_json, std::string* why = nullptr) {
    ingot_value* args = abi.from_json(args_json.data(), args_json.size(), nullptr);
    ingot_stream* stream = nullptr;
    ingot_error* error = nullptr;
    ingot_status status = abi.call_stream(instance, args, &stream, &error);
    abi.value_free(args);
    if (status != INGOT_OK) {
      EXPECT_EQ(stream, nullptr);
      if (why) *why = abi.take_error(error);
      return nullptr;
    }
    return stream;
  }

  Abi abi{"countdown"};
  ingot_instance* instance = nullptr;
};

TEST_F(Stream, SignatureSaysGenerator) {
  const std::string signature = abi.signature();
  EXPECT_NE(signature.find("\"generator\": true"), std::string::npos) << signature;
  EXPECT_NE(signature.find("{\"kind\": \"iterator\", \"item\": {\"kind\": \"int\"}}"),
            std::string::npos)
      << signature;
}

TEST_F(Stream, YieldsEachItemThenDoneForever) {
  ingot_stream* stream = start("{\"n\": 3}");
  ASSERT_NE(stream, nullptr);
  EXPECT_EQ(drain(abi, stream), (std::vector<std::string>{"3", "2", "1", "done"}));
  EXPECT_EQ(drain(abi, stream), (std::vector<std::string>{"done"}));
  abi.stream_free(stream);
}

TEST_F(Stream, EmptyGenerator) {
  ingot_stream* stream = start("{\"n\": 0}");
  ASSERT_NE(stream, nullptr);
  EXPECT_EQ(drain(abi, stream), (std::vector<std::string>{"done"}));
  abi.stream_free(stream);
}

TEST_F(Stream, ErrorArrivesAfterTheItemsBeforeIt) {
  ingot_stream* stream = start("{\"n\": 4, \"fail_at\": 2}");
  ASSERT_NE(stream, nullptr);
  EXPECT_EQ(drain(abi, stream), (std::vector<std::string>{"4", "3", "ValueError: reached 2"}));
  // A generator that raised is finished.
  EXPECT_EQ(drain(abi, stream), (std::vector<std::string>{"done"}));
  abi.stream_free(stream);
}

TEST_F(Stream, FreedEarlyAndUnstarted) {
  ingot_stream* started = start("{\"n\": 1000000}");
  ASSERT_NE(started, nullptr);
  EXPECT_EQ(drain(abi, started, 2), (std::vector<std::string>{"1000000", "999999"}));
  abi.stream_free(started);
  ingot_stream* unstarted = start("{\"n\": 5}");
  ASSERT_NE(unstarted, nullptr);
  abi.stream_free(unstarted);
  abi.stream_free(nullptr);
}

TEST_F(Stream, BadArgumentsAreRefusedAtTheCall) {
  std::string why;
  EXPECT_EQ(start("{\"n\": \"three\"}", &why), nullptr);
  EXPECT_EQ(why, "TypeError: countdown() argument 'n' must be int, not str");
  EXPECT_EQ(start("{}", &why), nullptr);
  EXPECT_EQ(why, "TypeError: countdown() missing 1 required positional argument: 'n'");
}

TEST_F(Stream, NullPointersAreErrorsNotCrashes) {
  ingot_error* error = nullptr;
  EXPECT_EQ(abi.call_stream(instance, nullptr, nullptr, &error), INGOT_ERROR);
  abi.error_free(error);
  ingot_value* item = nullptr;
  EXPECT_EQ(abi.stream_next(nullptr, &item, &error), INGOT_ERROR);
  EXPECT_EQ(item, nullptr);
  EXPECT_EQ(abi.take_error(error), "TypeError: ingot_stream_next() needs a stream");
}

TEST_F(Stream, StreamsOfOneInstanceAreIndependent) {
  ingot_stream* a = start("{\"n\": 2}");
  ingot_stream* b = start("{\"n\": 3}");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(drain(abi, a, 1), (std::vector<std::string>{"2"}));
  EXPECT_EQ(drain(abi, b), (std::vector<std::string>{"3", "2", "1", "done"}));
  EXPECT_EQ(drain(abi, a), (std::vector<std::string>{"1", "done"}));
  abi.stream_free(a);
  abi.stream_free(b);
}

TEST_F(Stream, PlainCallReturnsTheListOfItems) {
  const std::string args_json = "{\"n\": 3}";
  ingot_value* args = abi.from_json(args_json.data(), args_json.size(), nullptr);
  ingot_value* result = nullptr;
  ASSERT_EQ(abi.call(instance, args, &result, nullptr, nullptr), INGOT_OK);
  EXPECT_EQ(abi.json(result), "[3, 2, 1]");
  abi.value_free(result);
  abi.value_free(args);
}

TEST(StreamOfPlainFunction, IsATypeError) {
  Abi greet("greet");
  ASSERT_NE(greet.handle, nullptr);
  ingot_instance* instance = nullptr;
  ASSERT_EQ(greet.instance_create(&instance, nullptr), INGOT_OK);
  EXPECT_NE(std::string(greet.signature()).find("\"generator\": false"), std::string::npos);
  ingot_stream* stream = nullptr;
  ingot_error* error = nullptr;
  EXPECT_EQ(greet.call_stream(instance, nullptr, &stream, &error), INGOT_ERROR);
  EXPECT_EQ(stream, nullptr);
  EXPECT_EQ(greet.take_error(error),
            "TypeError: greet() is not a generator function: call it with ingot_call()");
  greet.instance_free(instance);
}

}  // namespace
