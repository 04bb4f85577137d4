// runtime/text on bad input: each is a TokenizerError with a message that names the
// problem, never a crash. Parity with Hugging Face `tokenizers` on good input lives in
// tests/parity/tokenizers.
#include <gtest/gtest.h>

#include <string>

#include "runtime/text/tokenizer.h"

namespace {

using ingot::text::EncodeOptions;
using ingot::text::Tokenizer;
using ingot::text::TokenizerError;

// A small, valid WordLevel tokenizer; tests replace one part of it.
std::string wordlevel_json(const std::string& normalizer = "null") {
  return R"({"version": "1.0", "added_tokens": [], "normalizer": )" + normalizer +
         R"(, "pre_tokenizer": {"type": "WhitespaceSplit"}, "post_processor": null, "decoder": null,
            "model": {"type": "WordLevel", "vocab": {"[UNK]": 0, "a": 1, "b": 2}, "unk_token": "[UNK]"}})";
}

std::string error_of(const std::string& json) {
  try {
    Tokenizer::from_json(json);
  } catch (const TokenizerError& e) {
    return e.what();
  }
  return "";
}

TEST(TextTokenizer, EncodesAValidFile) {
  Tokenizer t = Tokenizer::from_json(wordlevel_json());
  auto e = t.encode("a b c", std::nullopt, EncodeOptions{});
  EXPECT_EQ(e.ids, (std::vector<uint32_t>{1, 2, 0}));
  EXPECT_EQ(e.offsets[2], (ingot::text::Offsets{4, 5}));
}

TEST(TextTokenizer, MalformedJson) {
  EXPECT_NE(error_of("{\"model\": ").find("malformed tokenizer.json"), std::string::npos);
  EXPECT_NE(error_of("[1, 2]").find("top level is not an object"), std::string::npos);
  EXPECT_NE(error_of("{}").find("missing field 'model'"), std::string::npos);
}

TEST(TextTokenizer, UnknownComponentsAreNamed) {
  EXPECT_EQ(error_of(wordlevel_json(R"({"type": "Rot13"})")),
            "unsupported normalizer type 'Rot13'");
  std::string bad_model = R"({"model": {"type": "Markov", "vocab": {}}})";
  EXPECT_EQ(error_of(bad_model), "unsupported model type 'Markov'");
  std::string bad_pre =
      R"({"model": {"type": "WordLevel", "vocab": {}}, "pre_tokenizer": {"type": "Haiku"}})";
  EXPECT_EQ(error_of(bad_pre), "unsupported pre_tokenizer type 'Haiku'");
  std::string bad_decoder =
      R"({"model": {"type": "WordLevel", "vocab": {}}, "decoder": {"type": "Morse"}})";
  EXPECT_EQ(error_of(bad_decoder), "unsupported decoder type 'Morse'");
  std::string bad_post =
      R"({"model": {"type": "WordLevel", "vocab": {}}, "post_processor": {"notype": 1}})";
  EXPECT_EQ(error_of(bad_post), "post_processor has no \"type\" field");
}

TEST(TextTokenizer, MalformedComponents) {
  EXPECT_NE(error_of(R"({"model": {"type": "BPE", "vocab": {"a": 0}, "merges": ["a b"]}})")
                .find("missing from the vocab"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"model": {"type": "BPE", "vocab": {"a": 0}, "merges": [7]}})")
                .find("not a pair"),
            std::string::npos);
  EXPECT_NE(
      error_of(R"({"model": {"type": "WordLevel", "vocab": {"a": -1}}})").find("non-negative"),
      std::string::npos);
  EXPECT_NE(error_of(R"({"model": {"type": "Unigram", "vocab": [["a"]]}})").find("[piece, score]"),
            std::string::npos);
  std::string bad_regex = R"({"model": {"type": "WordLevel", "vocab": {}},
      "pre_tokenizer": {"type": "Split", "pattern": {"Regex": "(unclosed"}, "behavior": "Isolated"}})";
  EXPECT_NE(error_of(bad_regex).find("invalid regex pattern '(unclosed'"), std::string::npos);
  std::string bad_behavior = R"({"model": {"type": "WordLevel", "vocab": {}},
      "pre_tokenizer": {"type": "Split", "pattern": {"String": " "}, "behavior": "Sideways"}})";
  EXPECT_EQ(error_of(bad_behavior), "Split: unknown split behavior 'Sideways'");
}

TEST(TextTokenizer, InvalidUtf8Input) {
  Tokenizer t = Tokenizer::from_json(wordlevel_json());
  try {
    t.encode("a \xff b", std::nullopt, EncodeOptions{});
    FAIL() << "no error";
  } catch (const TokenizerError& e) {
    EXPECT_STREQ(e.what(), "input text is not valid UTF-8 (at byte 2)");
  }
  EXPECT_THROW(t.encode("\xed\xa0\x80", std::nullopt, EncodeOptions{}),
               TokenizerError);  // a surrogate
}

TEST(TextTokenizer, TooLongWithoutTruncation) {
  Tokenizer t = Tokenizer::from_json(wordlevel_json());
  EncodeOptions options;
  options.model_max_length = 2;
  EXPECT_THROW(t.encode("a b a", std::nullopt, options), TokenizerError);
  options.truncation = ingot::text::TruncationOptions{2};
  EXPECT_EQ(t.encode("a b a", std::nullopt, options).ids, (std::vector<uint32_t>{1, 2}));
}

TEST(TextTokenizer, StrideMustBeShorterThanTheWindow) {
  Tokenizer t = Tokenizer::from_json(wordlevel_json());
  EncodeOptions options;
  options.truncation = ingot::text::TruncationOptions{2, 2};
  EXPECT_THROW(t.encode("a b a", std::nullopt, options), TokenizerError);
}

TEST(TextTokenizer, MissingUnknownToken) {
  Tokenizer t = Tokenizer::from_json(
      R"({"model": {"type": "WordLevel", "vocab": {"a": 0}, "unk_token": "<nope>"}, "pre_tokenizer": {"type": "WhitespaceSplit"}})");
  EXPECT_EQ(t.encode("a", std::nullopt, EncodeOptions{}).ids, (std::vector<uint32_t>{0}));
  EXPECT_THROW(t.encode("zzz", std::nullopt, EncodeOptions{}), TokenizerError);
}

}  // namespace
