// The value tree and JSON of the C ABI, through the exported C functions.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "include/ingot/ingot.h"
#include "runtime/abi/json.h"

namespace {

// JSON text of `value` (which it frees), or "Kind: message" when printing fails.
std::string to_json_and_free(ingot_value* value) {
  ingot_error* error = nullptr;
  char* text = ingot_value_to_json(value, nullptr, &error);
  ingot_value_free(value);
  if (!text) {
    std::string failure = std::string(ingot_error_kind(error)) + ": " + ingot_error_message(error);
    ingot_error_free(error);
    return failure;
  }
  std::string result(text);
  ingot_string_free(text);
  return result;
}

// Parses and prints again, as json.dumps(json.loads(text)) does.
std::string round_trip(const std::string& text) {
  ingot_error* error = nullptr;
  ingot_value* value = ingot_value_from_json(text.data(), text.size(), &error);
  if (!value) {
    std::string failure = std::string(ingot_error_kind(error)) + ": " + ingot_error_message(error);
    ingot_error_free(error);
    return failure;
  }
  return to_json_and_free(value);
}

ingot_value* str(const char* text) { return ingot_value_str(text, std::strlen(text), nullptr); }

TEST(AbiValue, ScalarsKeepTheirKindAndValue) {
  ingot_value* i = ingot_value_int(INT64_MIN);
  EXPECT_EQ(ingot_value_kind(i), INGOT_INT);
  EXPECT_EQ(ingot_value_as_int(i), INT64_MIN);
  EXPECT_EQ(ingot_value_as_float(i), 0.0);  // wrong kind reads as 0, never fails
  ingot_value_free(i);

  ingot_value* f = ingot_value_float(2.5);
  EXPECT_EQ(ingot_value_kind(f), INGOT_FLOAT);
  EXPECT_EQ(ingot_value_as_float(f), 2.5);
  ingot_value_free(f);

  ingot_value* b = ingot_value_bool(7);
  EXPECT_EQ(ingot_value_as_bool(b), 1);
  ingot_value_free(b);
}

TEST(AbiValue, StrIsValidatedUtf8) {
  size_t size = 0;
  ingot_value* ok = ingot_value_str("h\xc3\xa9!", 4, nullptr);
  ASSERT_NE(ok, nullptr);
  EXPECT_STREQ(ingot_value_as_str(ok, &size), "h\xc3\xa9!");
  EXPECT_EQ(size, 4u);
  ingot_value_free(ok);

  const char* invalid[] = {"\xff", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82"};
  for (const char* text : invalid) {
    ingot_error* error = nullptr;
    EXPECT_EQ(ingot_value_str(text, std::strlen(text), &error), nullptr) << text;
    ASSERT_NE(error, nullptr);
    EXPECT_STREQ(ingot_error_kind(error), "UnicodeDecodeError");
    EXPECT_STREQ(ingot_error_ancestor(error, 1), "UnicodeError");
    EXPECT_STREQ(ingot_error_ancestor(error, 2), "ValueError");
    ingot_error_free(error);
  }
  ingot_error* error = nullptr;
  ingot_value_str("\xff", 1, &error);
  EXPECT_STREQ(ingot_error_message(error),
               "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  ingot_error_free(error);
}

TEST(AbiValue, DictKeepsInsertionOrderAndPythonKeyEquality) {
  ingot_value* dict = ingot_value_dict();
  ASSERT_EQ(ingot_value_dict_set(dict, str("b"), ingot_value_int(1), nullptr), INGOT_OK);
  ASSERT_EQ(ingot_value_dict_set(dict, ingot_value_int(1), ingot_value_int(2), nullptr), INGOT_OK);
  ASSERT_EQ(ingot_value_dict_set(dict, str("a"), ingot_value_int(3), nullptr), INGOT_OK);
  // 1.0 and True are the key 1: it keeps its place and takes the new value.
  ASSERT_EQ(ingot_value_dict_set(dict, ingot_value_float(1.0), ingot_value_int(4), nullptr),
            INGOT_OK);
  ASSERT_EQ(ingot_value_dict_set(dict, ingot_value_bool(1), ingot_value_int(5), nullptr), INGOT_OK);
  ASSERT_EQ(ingot_value_dict_set(dict, str("b"), ingot_value_int(6), nullptr), INGOT_OK);
  EXPECT_EQ(ingot_value_len(dict), 3u);
  EXPECT_EQ(ingot_value_as_int(ingot_value_dict_get(dict, "b", 1)), 6);
  EXPECT_EQ(ingot_value_dict_get(dict, "zz", 2), nullptr);
  EXPECT_EQ(to_json_and_free(dict), "{\"b\": 6, \"1\": 5, \"a\": 3}");
}

TEST(AbiValue, UnhashableKeyIsATypeError) {
  ingot_value* dict = ingot_value_dict();
  ingot_error* error = nullptr;
  EXPECT_EQ(ingot_value_dict_set(dict, ingot_value_list(), ingot_value_none(), &error),
            INGOT_ERROR);
  EXPECT_STREQ(ingot_error_kind(error), "TypeError");
  EXPECT_STREQ(ingot_error_message(error), "unhashable type: 'list'");
  ingot_error_free(error);
  ingot_value_free(dict);
}

TEST(AbiValue, AppendTakesOwnershipEvenWhenItFails) {
  ingot_value* list = ingot_value_list();
  ASSERT_EQ(ingot_value_append(list, ingot_value_int(1), nullptr), INGOT_OK);
  ingot_value* not_a_list = ingot_value_int(0);
  EXPECT_EQ(ingot_value_append(not_a_list, ingot_value_int(2), nullptr), INGOT_ERROR);
  ingot_value_free(not_a_list);
  EXPECT_EQ(ingot_value_len(list), 1u);
  EXPECT_EQ(ingot_value_item(list, 1), nullptr);
  ingot_value_free(list);
}

TEST(AbiValue, ArraysCopyOrBorrowAndPrintAsNestedLists) {
  const float data[] = {1.5f, 0.1f, -2.0f, 3.0f, 4.0f, 5.0f};
  const int64_t shape[] = {2, 3};
  ingot_value* copied = ingot_value_array_copy(INGOT_FLOAT32, 2, shape, data, nullptr);
  ASSERT_NE(copied, nullptr);
  EXPECT_NE(ingot_value_array_data(copied), static_cast<const void*>(data));
  EXPECT_EQ(ingot_value_array_shape(copied)[1], 3);
  // float32 0.1 printed as the double it is, as ndarray.tolist() gives it.
  EXPECT_EQ(to_json_and_free(copied), "[[1.5, 0.10000000149011612, -2.0], [3.0, 4.0, 5.0]]");

  int released = 0;
  int32_t ints[] = {7, -8};
  const int64_t two[] = {2};
  ingot_value* borrowed = ingot_value_array_wrap(
      INGOT_INT32, 1, two, ints, [](void* context) { ++*static_cast<int*>(context); }, &released,
      nullptr);
  EXPECT_EQ(ingot_value_array_data(borrowed), ints);
  EXPECT_EQ(released, 0);
  EXPECT_EQ(to_json_and_free(borrowed), "[7, -8]");
  EXPECT_EQ(released, 1);

  const uint16_t halfs[] = {0x3C00, 0x2E66, 0xFC00};  // 1.0, 0.0999755859375, -inf
  const int64_t three[] = {3};
  EXPECT_EQ(to_json_and_free(ingot_value_array_copy(INGOT_FLOAT16, 1, three, halfs, nullptr)),
            "[1.0, 0.0999755859375, -Infinity]");
  const uint16_t bhalfs[] = {0x3F80, 0x3DCD};  // 1.0, 0.10009765625
  const int64_t pair[] = {2};
  EXPECT_EQ(to_json_and_free(ingot_value_array_copy(INGOT_BFLOAT16, 1, pair, bhalfs, nullptr)),
            "[1.0, 0.10009765625]");
  const uint8_t flags[] = {1, 0};
  EXPECT_EQ(to_json_and_free(ingot_value_array_copy(INGOT_BOOL8, 1, pair, flags, nullptr)),
            "[true, false]");
  const int8_t signed_bytes[] = {-128, 127};
  EXPECT_EQ(to_json_and_free(ingot_value_array_copy(INGOT_INT8, 1, pair, signed_bytes, nullptr)),
            "[-128, 127]");
  const double scalar = 2.0;
  EXPECT_EQ(to_json_and_free(ingot_value_array_copy(INGOT_FLOAT64, 0, nullptr, &scalar, nullptr)),
            "2.0");

  const int64_t negative[] = {-1};
  ingot_error* error = nullptr;
  EXPECT_EQ(ingot_value_array_copy(INGOT_INT64, 1, negative, ints, &error), nullptr);
  EXPECT_STREQ(ingot_error_kind(error), "ValueError");
  ingot_error_free(error);
}

TEST(AbiJson, FloatsPrintAsCPythonRepr) {
  using ingot::abi::float_repr;
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(1.0), "1.0");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(123456789012345678.0), "1.2345678901234568e+17");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(0.00001), "1e-05");
  EXPECT_EQ(float_repr(1.5e-300), "1.5e-300");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(float_repr(2.0 / 3.0), "0.6666666666666666");
  EXPECT_EQ(float_repr(std::numeric_limits<double>::infinity()), "inf");
}

TEST(AbiJson, RoundTripsAsJsonDumpsJsonLoads) {
  EXPECT_EQ(round_trip("[1,2.50,true,false,null]"), "[1, 2.5, true, false, null]");
  EXPECT_EQ(round_trip(" {\"a\" : {\"b\":[]}, \"c\":{}} "), "{\"a\": {\"b\": []}, \"c\": {}}");
  EXPECT_EQ(round_trip("{\"k\": 1, \"k\": 2}"), "{\"k\": 2}");
  EXPECT_EQ(round_trip("[NaN, Infinity, -Infinity, 1e400, -1e400, 1e-400]"),
            "[NaN, Infinity, -Infinity, Infinity, -Infinity, 0.0]");
  EXPECT_EQ(round_trip("[1E2, -0, -0.0, 10000000000000000.0]"), "[100.0, 0, -0.0, 1e+16]");
  // Exponents far past double's range (and past long's) still give inf or 0, as float() does.
  EXPECT_EQ(round_trip("[1e99999999999999999999, -0e99999999999999999999999, "
                       "0.0000001e-999999999999999999999]"),
            "[Infinity, -0.0, 0.0]");
  EXPECT_EQ(round_trip("\"caf\\u00e9 \\ud83d\\ude00 \\/ \\t\\u0001\""),
            "\"caf\\u00e9 \\ud83d\\ude00 / \\t\\u0001\"");
  EXPECT_EQ(round_trip("\"\xe2\x82\xac\x7f\""), "\"\\u20ac\\u007f\"");
  EXPECT_EQ(round_trip("9223372036854775807"), "9223372036854775807");
}

TEST(AbiJson, ErrorsReadLikePythonsJsonModule) {
  EXPECT_EQ(round_trip(""), "ValueError: Expecting value: line 1 column 1 (char 0)");
  EXPECT_EQ(round_trip("[1,]"), "ValueError: Expecting value: line 1 column 4 (char 3)");
  EXPECT_EQ(round_trip("{\"a\" 1}"),
            "ValueError: Expecting ':' delimiter: line 1 column 6 (char 5)");
  EXPECT_EQ(round_trip("[1 2]"), "ValueError: Expecting ',' delimiter: line 1 column 4 (char 3)");
  EXPECT_EQ(
      round_trip("{1: 2}"),
      "ValueError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)");
  EXPECT_EQ(round_trip("[1]\n x"), "ValueError: Extra data: line 2 column 2 (char 5)");
  EXPECT_EQ(round_trip("\"abc"),
            "ValueError: Unterminated string starting at: line 1 column 1 (char 0)");
  EXPECT_EQ(round_trip("\"\\x\""), "ValueError: Invalid \\escape: line 1 column 2 (char 1)");
  EXPECT_EQ(round_trip("01"), "ValueError: Extra data: line 1 column 2 (char 1)");
  EXPECT_EQ(round_trip("9223372036854775808"),
            "OverflowError: int 9223372036854775808 does not fit in 64 bits");
  EXPECT_EQ(round_trip(std::string(5000, '[')).substr(0, 14), "RecursionError");
  EXPECT_EQ(round_trip("\"\\ud800\"").substr(0, 18), "UnicodeDecodeError");
}

TEST(AbiJson, WhatJsonDumpsRefuses) {
  EXPECT_EQ(to_json_and_free(ingot_value_bytes("x", 1)),
            "TypeError: Object of type bytes is not JSON serializable");
  ingot_value* dict = ingot_value_dict();
  ingot_value* key = ingot_value_tuple();
  ingot_value_append(key, ingot_value_int(1), nullptr);
  ASSERT_EQ(ingot_value_dict_set(dict, key, ingot_value_none(), nullptr), INGOT_OK);
  EXPECT_EQ(to_json_and_free(dict),
            "TypeError: keys must be str, int, float, bool or None, not tuple");

  ingot_value* keys = ingot_value_dict();
  ingot_value_dict_set(keys, ingot_value_float(0.5), ingot_value_none(), nullptr);
  ingot_value_dict_set(keys, ingot_value_bool(0), ingot_value_none(), nullptr);
  ingot_value_dict_set(keys, ingot_value_none(), ingot_value_none(), nullptr);
  EXPECT_EQ(to_json_and_free(keys), "{\"0.5\": null, \"false\": null, \"null\": null}");
}

}  // namespace
