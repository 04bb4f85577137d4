// The op library's rows for models (see op_table.cpp for the format; the runtime is
// runtime/nn/lowering.h): sentence_transformers.SentenceTransformer, a live global the
// materializer exports with SentenceTransformer.save and its `ingot.resource.KIND` row
// rebuilds from the checkpoint embedded in the artifact.
//
// encode returns a float32 numpy array, (len(sentences), dim) for a list and (dim,) for one
// str, as sentence-transformers does with convert_to_numpy=True (False raises at run time).
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

constexpr OpRow kModelRows[] = {
    {"ingot.resource.sentence_transformers.SentenceTransformer",
     "(name: str) -> sentence_transformers.SentenceTransformer",
     "rt::sentence_transformers::SentenceTransformer::load(resource, {0})"},

    {"sentence_transformers.SentenceTransformer.encode",
     "(self: sentence_transformers.SentenceTransformer, sentences: list[str], prompt_name: str | "
     "None = None, prompt: str | None = None, batch_size: int = 32, *, convert_to_numpy: bool = "
     "True, normalize_embeddings: bool = False) -> numpy.ndarray",
     "ingot::rt::sentence_transformers::encode"},
    {"sentence_transformers.SentenceTransformer.encode",
     "(self: sentence_transformers.SentenceTransformer, sentences: str, prompt_name: str | None = "
     "None, prompt: str | None = None, batch_size: int = 32, *, convert_to_numpy: bool = True, "
     "normalize_embeddings: bool = False) -> numpy.ndarray",
     "ingot::rt::sentence_transformers::encode"},
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
};

}  // namespace

std::span<const OpRow> model_rows() { return kModelRows; }

}  // namespace ingot::types
