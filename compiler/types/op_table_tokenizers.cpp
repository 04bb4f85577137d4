// The op library's rows for tokenizers (see op_table.cpp for the format; the runtime is
// runtime/text/lowering.h): `tokenizers.Tokenizer` and its Encoding, transformers'
// PreTrainedTokenizerFast (any AutoTokenizer a fast tokenizer) and the BatchEncoding a call
// returns. A tokenizer is a live global: the materializer exports it and its
// `ingot.resource.KIND` row rebuilds it from the files embedded in the artifact.
//
// A call returns Python lists with return_tensors=None (list[list[int]] fields for a batch
// of texts, list[int] for one text), 2-d int64 numpy arrays with return_tensors="np" and
// torch tensors with return_tensors="pt".
// `padding` and `truncation` take a bool, a strategy name or None, `text_pair` None or the
// second texts: checked at run time, as transformers checks them.
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kTokenizerRows[] = {
    // Rebuilding a materialized global from its embedded files (resource() is generated).
    {"ingot.resource.tokenizers.Tokenizer", "(name: str) -> tokenizers.Tokenizer",
     "rt::tokenizers::Tokenizer::load(resource, {0})"},
    {"ingot.resource.transformers.PreTrainedTokenizerFast",
     "(name: str) -> transformers.PreTrainedTokenizerFast",
     "rt::transformers::PreTrainedTokenizerFast::load(resource, {0})"},

    // tokenizers.Tokenizer
    {"tokenizers.Tokenizer.encode",
     "(self: tokenizers.Tokenizer, sequence: str, pair: str | None = None, is_pretokenized: bool "
     "= False, add_special_tokens: bool = True) -> tokenizers.Encoding",
     "ingot::rt::tokenizers::encode"},
    {"tokenizers.Tokenizer.encode_batch",
     "(self: tokenizers.Tokenizer, input: list[str], is_pretokenized: bool = False, "
     "add_special_tokens: bool = True) -> list[tokenizers.Encoding]",
     "ingot::rt::tokenizers::encode_batch"},
    // is_pretokenized=True: words (a list of str) for a text, a list of them for a batch.
    {"tokenizers.Tokenizer.encode",
     "(self: tokenizers.Tokenizer, sequence: list[str], pair: list[str] | None = None, "
     "is_pretokenized: bool = False, add_special_tokens: bool = True) -> tokenizers.Encoding",
     "ingot::rt::tokenizers::encode"},
    {"tokenizers.Tokenizer.encode_batch",
     "(self: tokenizers.Tokenizer, input: list[list[str]], is_pretokenized: bool = False, "
     "add_special_tokens: bool = True) -> list[tokenizers.Encoding]",
     "ingot::rt::tokenizers::encode_batch"},
    {"tokenizers.Tokenizer.decode",
     "(self: tokenizers.Tokenizer, ids: list[int], skip_special_tokens: bool = True) -> str",
     "ingot::rt::tokenizers::decode"},
    {"tokenizers.Tokenizer.decode_batch",
     "(self: tokenizers.Tokenizer, sequences: list[list[int]], skip_special_tokens: bool = True) "
     "-> list[str]",
     "ingot::rt::tokenizers::decode_batch"},
    {"tokenizers.Tokenizer.token_to_id", "(self: tokenizers.Tokenizer, token: str) -> int | None",
     "ingot::rt::tokenizers::token_to_id"},
    {"tokenizers.Tokenizer.id_to_token", "(self: tokenizers.Tokenizer, id: int) -> str | None",
     "ingot::rt::tokenizers::id_to_token"},
    {"tokenizers.Tokenizer.get_vocab_size",
     "(self: tokenizers.Tokenizer, with_added_tokens: bool = True) -> int", "{0}.vocab_size({1})"},
    {"tokenizers.Encoding.ids", "property (self: tokenizers.Encoding) -> list[int]",
     "ingot::rt::tokenizers::ids"},
    {"tokenizers.Encoding.type_ids", "property (self: tokenizers.Encoding) -> list[int]",
     "ingot::rt::tokenizers::type_ids"},
    {"tokenizers.Encoding.attention_mask", "property (self: tokenizers.Encoding) -> list[int]",
     "ingot::rt::tokenizers::attention_mask"},
    {"tokenizers.Encoding.special_tokens_mask", "property (self: tokenizers.Encoding) -> list[int]",
     "ingot::rt::tokenizers::special_tokens_mask"},
    {"tokenizers.Encoding.tokens", "property (self: tokenizers.Encoding) -> list[str]",
     "ingot::rt::tokenizers::tokens"},
    {"tokenizers.Encoding.offsets", "property (self: tokenizers.Encoding) -> list[tuple[int, int]]",
     "ingot::rt::tokenizers::offsets"},
    {"builtins.len", "(obj: tokenizers.Encoding) -> int", "ingot::rt::tokenizers::len"},

    // transformers.PreTrainedTokenizerFast
    {"transformers.PreTrainedTokenizerFast.__call__",
     "(self: transformers.PreTrainedTokenizerFast, text: list[str], text_pair: object = None, *, "
     "add_special_tokens: bool = True, padding: object = False, truncation: object = None, "
     "max_length: int | None = None, stride: int = 0, pad_to_multiple_of: int | None = None, "
     "padding_side: str | None = None, return_token_type_ids: bool | None = None, "
     "return_attention_mask: bool | None = None, return_special_tokens_mask: bool = False, "
     "return_tensors: None = None) -> "
     "transformers.BatchEncoding[list[list[int]]]",
     "ingot::rt::transformers::call({0}, {1}, {2}, {4}, {5}, "
     "ingot::rt::transformers::keywords({6}, {3}, {7}, {8}, {9}, {10}, {11}, {12}))"},
    {"transformers.PreTrainedTokenizerFast.__call__",
     "(self: transformers.PreTrainedTokenizerFast, text: str, text_pair: object = None, *, "
     "add_special_tokens: bool = True, padding: object = False, truncation: object = None, "
     "max_length: int | None = None, stride: int = 0, pad_to_multiple_of: int | None = None, "
     "padding_side: str | None = None, return_token_type_ids: bool | None = None, "
     "return_attention_mask: bool | None = None, return_special_tokens_mask: bool = False, "
     "return_tensors: None = None) -> "
     "transformers.BatchEncoding[list[int]]",
     "ingot::rt::transformers::call({0}, {1}, {2}, {4}, {5}, "
     "ingot::rt::transformers::keywords({6}, {3}, {7}, {8}, {9}, {10}, {11}, {12}))"},
    // return_tensors="np": the fields as int64 arrays. A literal "pt" picks the call_pt rows
    // below (types/check.cpp); "tf", "jax" and "mlx" literals are compile errors.
    {"transformers.PreTrainedTokenizerFast.__call__",
     "(self: transformers.PreTrainedTokenizerFast, text: list[str], text_pair: object = None, *, "
     "add_special_tokens: bool = True, padding: object = False, truncation: object = None, "
     "max_length: int | None = None, stride: int = 0, pad_to_multiple_of: int | None = None, "
     "padding_side: str | None = None, return_token_type_ids: bool | None = None, "
     "return_attention_mask: bool | None = None, return_special_tokens_mask: bool = False, "
     "return_tensors: str) -> "
     "transformers.BatchEncoding[numpy.ndarray]",
     "ingot::rt::transformers::call({0}, {1}, {2}, {4}, {5}, "
     "ingot::rt::transformers::keywords({6}, {3}, {7}, {8}, {9}, {10}, {11}, {12}), {13})"},
    {"transformers.PreTrainedTokenizerFast.__call__",
     "(self: transformers.PreTrainedTokenizerFast, text: str, text_pair: object = None, *, "
     "add_special_tokens: bool = True, padding: object = False, truncation: object = None, "
     "max_length: int | None = None, stride: int = 0, pad_to_multiple_of: int | None = None, "
     "padding_side: str | None = None, return_token_type_ids: bool | None = None, "
     "return_attention_mask: bool | None = None, return_special_tokens_mask: bool = False, "
     "return_tensors: str) -> "
     "transformers.BatchEncoding[numpy.ndarray]",
     "ingot::rt::transformers::call({0}, {1}, {2}, {4}, {5}, "
     "ingot::rt::transformers::keywords({6}, {3}, {7}, {8}, {9}, {10}, {11}, {12}), {13})"},
    {"ingot.transformers.PreTrainedTokenizerFast.call_pt",
     "(self: transformers.PreTrainedTokenizerFast, text: list[str], text_pair: object = None, *, "
     "add_special_tokens: bool = True, padding: object = False, truncation: object = None, "
     "max_length: int | None = None, stride: int = 0, pad_to_multiple_of: int | None = None, "
     "padding_side: str | None = None, return_token_type_ids: bool | None = None, "
     "return_attention_mask: bool | None = None, return_special_tokens_mask: bool = False, "
     "return_tensors: str) -> "
     "transformers.BatchEncoding[torch.Tensor]",
     "ingot::rt::transformers::call_pt({0}, {1}, {2}, {4}, {5}, "
     "ingot::rt::transformers::keywords({6}, {3}, {7}, {8}, {9}, {10}, {11}, {12}), {13})"},
    {"ingot.transformers.PreTrainedTokenizerFast.call_pt",
     "(self: transformers.PreTrainedTokenizerFast, text: str, text_pair: object = None, *, "
     "add_special_tokens: bool = True, padding: object = False, truncation: object = None, "
     "max_length: int | None = None, stride: int = 0, pad_to_multiple_of: int | None = None, "
     "padding_side: str | None = None, return_token_type_ids: bool | None = None, "
     "return_attention_mask: bool | None = None, return_special_tokens_mask: bool = False, "
     "return_tensors: str) -> "
     "transformers.BatchEncoding[torch.Tensor]",
     "ingot::rt::transformers::call_pt({0}, {1}, {2}, {4}, {5}, "
     "ingot::rt::transformers::keywords({6}, {3}, {7}, {8}, {9}, {10}, {11}, {12}), {13})"},
    {"transformers.PreTrainedTokenizerFast.encode",
     "(self: transformers.PreTrainedTokenizerFast, text: str, text_pair: object = None, "
     "add_special_tokens: bool = True, padding: object = False, truncation: object = None, "
     "max_length: int | None = None, *, return_tensors: None = None) -> list[int]",
     "ingot::rt::transformers::encode({0}, {1}, {2}, {3}, {4}, {5}, {6})"},
    {"transformers.PreTrainedTokenizerFast.decode",
     "(self: transformers.PreTrainedTokenizerFast, token_ids: list[int], skip_special_tokens: "
     "bool = False) -> str",
     "ingot::rt::transformers::decode"},
    {"transformers.PreTrainedTokenizerFast.batch_decode",
     "(self: transformers.PreTrainedTokenizerFast, sequences: list[list[int]], "
     "skip_special_tokens: bool = False) -> list[str]",
     "ingot::rt::transformers::batch_decode"},
    {"transformers.PreTrainedTokenizerFast.convert_ids_to_tokens",
     "(self: transformers.PreTrainedTokenizerFast, ids: list[int]) -> list[str | None]",
     "ingot::rt::transformers::convert_ids_to_tokens"},
    {"transformers.PreTrainedTokenizerFast.convert_ids_to_tokens",
     "(self: transformers.PreTrainedTokenizerFast, ids: int) -> str | None",
     "ingot::rt::transformers::convert_id_to_token"},
    {"transformers.PreTrainedTokenizerFast.vocab_size",
     "property (self: transformers.PreTrainedTokenizerFast) -> int", "{0}.settings().vocab_size"},
    {"builtins.len", "(obj: transformers.PreTrainedTokenizerFast) -> int", "{0}.settings().len"},

    // transformers.BatchEncoding: T is each field's type.
    {"operator.getitem", "(a: transformers.BatchEncoding[T], b: str) -> T",
     "ingot::rt::transformers::getitem"},
    {"transformers.BatchEncoding.input_ids", "property (self: transformers.BatchEncoding[T]) -> T",
     "ingot::rt::transformers::field({0}, \"input_ids\")"},
    {"transformers.BatchEncoding.attention_mask",
     "property (self: transformers.BatchEncoding[T]) -> T",
     "ingot::rt::transformers::field({0}, \"attention_mask\")"},
    {"transformers.BatchEncoding.token_type_ids",
     "property (self: transformers.BatchEncoding[T]) -> T",
     "ingot::rt::transformers::field({0}, \"token_type_ids\")"},
    {"transformers.BatchEncoding.data",
     "property (self: transformers.BatchEncoding[T]) -> "
     "dict[str, T]",
     "{0}.data()"},
};

}  // namespace

std::span<const OpRow> tokenizer_rows() { return kTokenizerRows; }

}  // namespace ingot::types
