// The op library's rows for models (see op_table.cpp for the format; the runtime is
// runtime/nn/lowering.h): sentence_transformers.SentenceTransformer, a live global the
// materializer exports with SentenceTransformer.save and its `ingot.resource.KIND` row
// rebuilds from the checkpoint embedded in the artifact.
//
// encode returns float32 embeddings, (len(sentences), dim) for a list and (dim,) for one str,
// as sentence-transformers does: a numpy array, with convert_to_tensor=True a torch.Tensor,
// with convert_to_numpy=False a list of 1-d torch.Tensors (one str: one tensor).
//
// transformers.PreTrainedModel stands for any transformers model class (AutoModel,
// BertModel, Gemma3TextModel, ...): the materializer exports it with save_pretrained. Called
// with the tokenizer's tensors (`model(**inputs)`, or by name), it returns a
// transformers.BaseModelOutput whose last hidden state is a float32 torch.Tensor.
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

#define ST_ENCODE(variant, sentences, result, native)                                            \
  {                                                                                              \
    "sentence_transformers.SentenceTransformer.encode" variant,                                  \
        "(self: sentence_transformers.SentenceTransformer, sentences: " sentences                \
        ", prompt_name: str | None = None, prompt: str | None = None, batch_size: int = 32, *, " \
        "convert_to_numpy: bool = True, convert_to_tensor: bool = False, "                       \
        "normalize_embeddings: bool = False) -> " result,                                        \
        "ingot::rt::sentence_transformers::" native "({0}, {1}, {2}, {3}, {4}, {7})"             \
  }

constexpr OpRow kModelRows[] = {
    {"ingot.resource.sentence_transformers.SentenceTransformer",
     "(name: str) -> sentence_transformers.SentenceTransformer",
     "rt::sentence_transformers::SentenceTransformer::load(resource, {0})"},

    // The result's type follows convert_to_tensor / convert_to_numpy, literals the type
    // checker reads to pick the variant ("[tensor]", "[list]"); the default is a numpy array.
    ST_ENCODE("", "list[str]", "numpy.ndarray", "encode"),
    ST_ENCODE("", "str", "numpy.ndarray", "encode"),
    ST_ENCODE("[tensor]", "list[str]", "torch.Tensor", "encode"),
    ST_ENCODE("[tensor]", "str", "torch.Tensor", "encode"),
    ST_ENCODE("[list]", "list[str]", "list[torch.Tensor]", "encode_rows"),
    ST_ENCODE("[list]", "str", "torch.Tensor", "encode"),

    {"sentence_transformers.SentenceTransformer.get_sentence_embedding_dimension",
     "(self: sentence_transformers.SentenceTransformer) -> int",
     "ingot::rt::sentence_transformers::get_sentence_embedding_dimension"},
    {"sentence_transformers.SentenceTransformer.get_embedding_dimension",
     "(self: sentence_transformers.SentenceTransformer) -> int",
     "ingot::rt::sentence_transformers::get_sentence_embedding_dimension"},
    {"sentence_transformers.SentenceTransformer.max_seq_length",
     "property (self: sentence_transformers.SentenceTransformer) -> int",
     "ingot::rt::sentence_transformers::max_seq_length"},
    {"sentence_transformers.SentenceTransformer.prompts",
     "property (self: sentence_transformers.SentenceTransformer) -> dict[str, str]",
     "ingot::rt::sentence_transformers::prompts"},

    // transformers models.
    {"ingot.resource.transformers.PreTrainedModel", "(name: str) -> transformers.PreTrainedModel",
     "rt::transformers::PreTrainedModel::load(resource, {0})"},
    {"transformers.PreTrainedModel.__call__",
     "(self: transformers.PreTrainedModel, input_ids: torch.Tensor, attention_mask: torch.Tensor "
     "| None = None, token_type_ids: torch.Tensor | None = None) -> transformers.BaseModelOutput",
     "ingot::rt::transformers::forward"},
    // model(**inputs): the op library gives a spread mapping as the keyword "**" and its value.
    {"transformers.PreTrainedModel.__call__",
     "(self: transformers.PreTrainedModel, **inputs: transformers.BatchEncoding[torch.Tensor]) "
     "-> transformers.BaseModelOutput",
     "ingot::rt::transformers::forward_spread({0}{,1})"},
    // The same from return_tensors="np" (transformers itself takes only torch tensors).
    {"transformers.PreTrainedModel.__call__",
     "(self: transformers.PreTrainedModel, **inputs: transformers.BatchEncoding[numpy.ndarray]) "
     "-> transformers.BaseModelOutput",
     "ingot::rt::transformers::forward_spread({0}{,1})"},
    {"transformers.PreTrainedModel.forward",
     "(self: transformers.PreTrainedModel, input_ids: torch.Tensor, attention_mask: torch.Tensor "
     "| None = None, token_type_ids: torch.Tensor | None = None) -> transformers.BaseModelOutput",
     "ingot::rt::transformers::forward"},
    {"transformers.PreTrainedModel.eval",
     "(self: transformers.PreTrainedModel) -> transformers.PreTrainedModel", "{0}"},
    {"transformers.BaseModelOutput.last_hidden_state",
     "property (self: transformers.BaseModelOutput) -> torch.Tensor", "{0}.last_hidden_state()"},
    {"operator.getitem", "(a: transformers.BaseModelOutput, b: int) -> torch.Tensor",
     "ingot::rt::transformers::output_item"},
    {"operator.getitem", "(a: transformers.BaseModelOutput, b: str) -> torch.Tensor",
     "ingot::rt::transformers::output_field"},
};

#undef ST_ENCODE

}  // namespace

std::span<const OpRow> model_rows() { return kModelRows; }

}  // namespace ingot::types
