// Calls through the C ABI, linked with the hand-written kitchen entry
// (abi_artifacts/kitchen.cpp): argument binding, conversions, errors, stats, threads.
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "include/ingot/ingot.h"

namespace {

struct Outcome {
  std::string json;   // the result as JSON, when the call succeeded
  std::string error;  // "Kind: message", when it failed
  ingot_call_stats stats{};
};

ingot_value* parse(const std::string& json) {
  ingot_error* error = nullptr;
  ingot_value* value = ingot_value_from_json(json.data(), json.size(), &error);
  if (!value) {
    ADD_FAILURE() << ingot_error_message(error);
    ingot_error_free(error);
  }
  return value;
}

Outcome call(ingot_instance* instance, const ingot_value* args) {
  Outcome outcome;
  ingot_value* result = nullptr;
  ingot_error* error = nullptr;
  if (ingot_call(instance, args, &result, &outcome.stats, &error) == INGOT_OK) {
    EXPECT_EQ(error, nullptr);
    char* text = ingot_value_to_json(result, nullptr, nullptr);
    outcome.json = text ? text : "<not JSON>";
    ingot_string_free(text);
    ingot_value_free(result);
  } else {
    EXPECT_EQ(result, nullptr);
    outcome.error = std::string(ingot_error_kind(error)) + ": " + ingot_error_message(error);
    ingot_error_free(error);
  }
  return outcome;
}

Outcome call_json(const std::string& args_json) {
  ingot_instance* instance = nullptr;
  EXPECT_EQ(ingot_instance_create(&instance, nullptr), INGOT_OK);
  ingot_value* args = parse(args_json);
  Outcome outcome = call(instance, args);
  ingot_value_free(args);
  ingot_instance_free(instance);
  return outcome;
}

// Every required argument of kitchen(), plus `extra` members ("" or ", \"k\": v").
std::string kitchen_args(const std::string& extra = "", const std::string& count = "3") {
  return "{\"count\": " + count +
         ", \"ratio\": 0.5, \"flag\": true, \"name\": \"Ada\", \"xs\": [1, 2], "
         "\"weights\": {\"w\": 1}, \"tags\": [\"b\", \"a\", \"b\"], \"pair\": [7, \"seven\"]" +
         extra + "}";
}

// kitchen() takes bytes, which JSON cannot spell; add them to parsed arguments.
Outcome call_kitchen(const std::string& extra = "", const std::string& count = "3") {
  ingot_instance* instance = nullptr;
  EXPECT_EQ(ingot_instance_create(&instance, nullptr), INGOT_OK);
  ingot_value* args = parse(kitchen_args(extra, count));
  ingot_value_dict_set(args, ingot_value_str("raw", 3, nullptr), ingot_value_bytes("\x00\xff", 2),
                       nullptr);
  Outcome outcome = call(instance, args);
  ingot_value_free(args);
  ingot_instance_free(instance);
  return outcome;
}

TEST(AbiCall, VersionAndSignature) {
  EXPECT_EQ(ingot_abi_version(), static_cast<uint32_t>(INGOT_ABI_VERSION));
  const std::string signature = ingot_signature();
  EXPECT_EQ(
      signature.rfind("{\"name\": \"kitchen\", \"doc\": \"One parameter of every ABI type.\", ", 0),
      0u);
  EXPECT_NE(signature.find("{\"name\": \"xs\", \"kind\": \"POSITIONAL_ONLY\", \"annotation\": "
                           "\"list[int]\", \"type\": {\"kind\": \"list\", \"item\": {\"kind\": "
                           "\"int\"}}, \"has_default\": false}"),
            std::string::npos)
      << signature;
  EXPECT_NE(signature.find("{\"name\": \"mode\", \"kind\": \"KEYWORD_ONLY\", \"annotation\": "
                           "\"str\", \"type\": {\"kind\": \"str\"}, \"has_default\": true, "
                           "\"default\": \"echo\"}"),
            std::string::npos);
  EXPECT_NE(signature.find("\"type\": {\"kind\": \"optional\", \"item\": {\"kind\": \"int\"}}"),
            std::string::npos);
  EXPECT_NE(signature.find("\"abi_version\": 1, \"ingot_version\": \"0.1.0\"}"), std::string::npos);
  // It is itself valid JSON.
  ingot_value_free(parse(signature));
}

TEST(AbiCall, EchoesEveryTypeStructurally) {
  ingot_instance* instance = nullptr;
  ASSERT_EQ(ingot_instance_create(&instance, nullptr), INGOT_OK);
  ingot_value* args = parse(kitchen_args(", \"maybe\": 5, \"either\": \"x\""));
  ingot_value_dict_set(args, ingot_value_str("raw", 3, nullptr), ingot_value_bytes("\x00\xff", 2),
                       nullptr);
  ingot_value* result = nullptr;
  ASSERT_EQ(ingot_call(instance, args, &result, nullptr, nullptr), INGOT_OK);
  ASSERT_EQ(ingot_value_kind(result), INGOT_TUPLE);
  ASSERT_EQ(ingot_value_len(result), 11u);
  size_t size = 0;
  const void* raw = ingot_value_as_bytes(ingot_value_item(result, 4), &size);
  ASSERT_EQ(size, 2u);
  EXPECT_EQ(std::memcmp(raw, "\x00\xff", 2), 0);
  // Everything but the bytes, as JSON.
  ingot_value* rest = ingot_value_list();
  for (size_t i = 0; i < 11; ++i) {
    if (i != 4)
      ingot_value_append(rest, ingot_value_clone(ingot_value_item(result, i), nullptr), nullptr);
  }
  char* text = ingot_value_to_json(rest, nullptr, nullptr);
  EXPECT_STREQ(text,
               "[3, 0.5, true, \"Ada\", [1, 2], {\"w\": 1.0}, [\"b\", \"a\"], [7, \"seven\"], 5, "
               "\"x\"]");
  ingot_string_free(text);
  ingot_value_free(rest);
  ingot_value_free(result);
  ingot_value_free(args);
  ingot_instance_free(instance);
}

TEST(AbiCall, MissingAndUnexpectedArgumentsAreCPythonsTypeErrors) {
  EXPECT_EQ(call_json("{}").error,
            "TypeError: kitchen() missing 9 required positional arguments: 'count', 'ratio', "
            "'flag', 'name', 'raw', 'xs', 'weights', 'tags', and 'pair'");
  EXPECT_EQ(call_json(kitchen_args()).error,
            "TypeError: kitchen() missing 1 required positional argument: 'raw'");
  EXPECT_EQ(call_kitchen(", \"colour\": 1").error,
            "TypeError: kitchen() got an unexpected keyword argument 'colour'");
  ingot_instance* instance = nullptr;
  ASSERT_EQ(ingot_instance_create(&instance, nullptr), INGOT_OK);
  EXPECT_EQ(call(instance, nullptr).error.substr(0, 30), "TypeError: kitchen() missing 9");
  ingot_value* list = ingot_value_list();
  EXPECT_EQ(call(instance, list).error,
            "TypeError: kitchen() argument after ** must be a mapping, not list");
  ingot_value_free(list);
  ingot_instance_free(instance);
}

TEST(AbiCall, WrongTypesNameTheParameterAndBothTypes) {
  EXPECT_EQ(call_kitchen("", "\"3\"").error,
            "TypeError: kitchen() argument 'count' must be int, not str");
  EXPECT_EQ(call_kitchen("", "true").error,
            "TypeError: kitchen() argument 'count' must be int, not bool");
  EXPECT_EQ(call_kitchen("", "null").error,
            "TypeError: kitchen() argument 'count' must be int, not NoneType");
  EXPECT_EQ(call_kitchen(", \"maybe\": \"5\"").error,
            "TypeError: kitchen() argument 'maybe' must be int or None, not str");
  EXPECT_EQ(call_kitchen(", \"either\": 1.5").error,
            "TypeError: kitchen() argument 'either' must be int | str, not float");
  Outcome nested = call_json(
      "{\"count\": 1, \"ratio\": 1, \"flag\": false, \"name\": \"\", \"raw\": null, \"xs\": [1, "
      "\"2\"], \"weights\": {}, \"tags\": [], \"pair\": [1, \"\"]}");
  EXPECT_EQ(nested.error, "TypeError: kitchen() argument 'raw' must be bytes, not NoneType");
}

TEST(AbiCall, NestedWrongTypesNameThePath) {
  ingot_instance* instance = nullptr;
  ASSERT_EQ(ingot_instance_create(&instance, nullptr), INGOT_OK);
  auto with = [&](const std::string& extra) {
    ingot_value* args = parse(kitchen_args(extra));
    // Later members replace earlier ones: `extra` overrides the defaults.
    ingot_value_dict_set(args, ingot_value_str("raw", 3, nullptr), ingot_value_bytes("", 0),
                         nullptr);
    Outcome outcome = call(instance, args);
    ingot_value_free(args);
    return outcome.error;
  };
  EXPECT_EQ(with(", \"xs\": [1, 2, \"3\"]"),
            "TypeError: kitchen() argument 'xs'[2] must be int, not str");
  EXPECT_EQ(with(", \"weights\": {\"a\": 1.0, \"b\": \"x\"}"),
            "TypeError: kitchen() argument 'weights'['b'] must be float, not str");
  EXPECT_EQ(with(", \"pair\": [1]"),
            "TypeError: kitchen() argument 'pair' must be tuple[int, str] (2 items), not 1 items");
  EXPECT_EQ(with(", \"pair\": [1, 2]"),
            "TypeError: kitchen() argument 'pair'[1] must be str, not int");
  EXPECT_EQ(with(", \"tags\": \"ab\""),
            "TypeError: kitchen() argument 'tags' must be set[str], not str");
  ingot_instance_free(instance);
}

TEST(AbiCall, RaisedExceptionsKeepTheirKindMessageAndAncestry) {
  EXPECT_EQ(call_kitchen(", \"mode\": \"value_error\"").error, "ValueError: bad name: Ada");
  EXPECT_EQ(call_kitchen(", \"mode\": \"key_error\"").error, "KeyError: 'Ada'");
  EXPECT_EQ(call_kitchen(", \"mode\": \"zero_division\"").error,
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(call_kitchen(", \"mode\": \"overflow\"").error.substr(0, 14), "OverflowError:");
  EXPECT_EQ(call_kitchen(", \"mode\": \"bad_alloc\"").error, "MemoryError: ");
  EXPECT_EQ(call_kitchen(", \"mode\": \"std_exception\"").error,
            "SystemError: internal error: something C++ went wrong");
  EXPECT_EQ(call_kitchen(", \"mode\": \"none\"").json, "null");

  ingot_instance* instance = nullptr;
  ASSERT_EQ(ingot_instance_create(&instance, nullptr), INGOT_OK);
  ingot_value* args = parse(kitchen_args(", \"mode\": \"zero_division\""));
  ingot_value_dict_set(args, ingot_value_str("raw", 3, nullptr), ingot_value_bytes("", 0), nullptr);
  ingot_value* result = nullptr;
  ingot_error* error = nullptr;
  ASSERT_EQ(ingot_call(instance, args, &result, nullptr, &error), INGOT_ERROR);
  const char* expected[] = {"ZeroDivisionError", "ArithmeticError", "Exception", "BaseException"};
  for (size_t i = 0; i < 4; ++i) EXPECT_STREQ(ingot_error_ancestor(error, i), expected[i]);
  EXPECT_EQ(ingot_error_ancestor(error, 4), nullptr);
  ingot_error_free(error);
  ingot_value_free(args);
  ingot_instance_free(instance);
}

TEST(AbiCall, NullPointersAreErrorsNotCrashes) {
  ingot_error* error = nullptr;
  ingot_value* result = nullptr;
  EXPECT_EQ(ingot_call(nullptr, nullptr, &result, nullptr, &error), INGOT_ERROR);
  EXPECT_STREQ(ingot_error_kind(error), "TypeError");
  ingot_error_free(error);
  ingot_instance* instance = nullptr;
  ASSERT_EQ(ingot_instance_create(&instance, nullptr), INGOT_OK);
  EXPECT_EQ(ingot_call(instance, nullptr, nullptr, nullptr, nullptr), INGOT_ERROR);
  ingot_instance_free(instance);
  EXPECT_EQ(ingot_instance_create(nullptr, nullptr), INGOT_ERROR);
  EXPECT_EQ(ingot_value_to_json(nullptr, nullptr, nullptr), nullptr);
  ingot_value_free(nullptr);
  ingot_error_free(nullptr);
}

TEST(AbiCall, StatsReportLatencyAndTokens) {
  const Outcome outcome = call_kitchen(", \"mode\": \"tokens\"", "42");
  EXPECT_EQ(outcome.json, "42");
  EXPECT_EQ(outcome.stats.tokens, 42u);
  EXPECT_GT(outcome.stats.latency_ns, 0u);
  EXPECT_EQ(call_kitchen().stats.tokens, 0u);  // counted per call, not accumulated
}

// ingot_call_counted on kitchen() with `extra`: the per-text counts as JSON, or "NULL".
std::string text_tokens_of_kitchen(const std::string& extra) {
  ingot_instance* instance = nullptr;
  EXPECT_EQ(ingot_instance_create(&instance, nullptr), INGOT_OK);
  ingot_value* args = parse(kitchen_args(extra, "42"));
  ingot_value_dict_set(args, ingot_value_str("raw", 3, nullptr), ingot_value_bytes("\x00\xff", 2),
                       nullptr);
  ingot_value* result = nullptr;
  ingot_value* text_tokens = nullptr;
  ingot_error* error = nullptr;
  ingot_call_stats stats{};
  ingot_call_counted(instance, args, &result, &stats, &text_tokens, &error);
  char* text = text_tokens ? ingot_value_to_json(text_tokens, nullptr, nullptr) : nullptr;
  std::string counts = text ? text : "NULL";
  ingot_string_free(text);
  ingot_value_free(text_tokens);
  ingot_value_free(result);
  ingot_error_free(error);
  ingot_value_free(args);
  ingot_instance_free(instance);
  return counts;
}

TEST(AbiCall, CountedCallReportsTheTokensOfEachText) {
  EXPECT_EQ(text_tokens_of_kitchen(", \"mode\": \"tokens\""), "[42]");
  EXPECT_EQ(text_tokens_of_kitchen(""), "[]");                               // no tokenizer ran
  EXPECT_EQ(text_tokens_of_kitchen(", \"mode\": \"value_error\""), "NULL");  // it raised
}

TEST(AbiCall, OneInstanceServesManyThreadsAtOnce) {
  ingot_instance* instance = nullptr;
  ASSERT_EQ(ingot_instance_create(&instance, nullptr), INGOT_OK);
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  threads.reserve(8);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const std::string count = std::to_string(t * 1000 + i);
        ingot_value* args = parse(kitchen_args(", \"mode\": \"tokens\"", count));
        ingot_value_dict_set(args, ingot_value_str("raw", 3, nullptr), ingot_value_bytes("", 0),
                             nullptr);
        const Outcome outcome = call(instance, args);
        ingot_value_free(args);
        if (outcome.json != count || outcome.stats.tokens != std::stoul(count)) ++wrong;
        if (i % 50 == 0 && call(instance, nullptr).error.empty()) ++wrong;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong.load(), 0);
  ingot_instance_free(instance);
}

}  // namespace
