"""Builds a tiny random checkpoint shaped like EmbeddingGemma in DIR, for machines that cannot
reach the hub: a Gemma 3 bidirectional encoder (grouped-query attention, sliding and global
layers, two RoPE bases), mean pooling, Dense up and back down, Normalize, the model card's
prompts, and a BPE tokenizer trained here.

    python3 examples/make_tiny_embeddinggemma.py DIR
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from sentence_transformers import SentenceTransformer
from sentence_transformers.sentence_transformer.modules import (
    Dense,
    Normalize,
    Pooling,
    Transformer,
)
from tokenizers import Tokenizer, models, pre_tokenizers, processors, trainers
from transformers import AutoModel, Gemma3TextConfig, PreTrainedTokenizerFast

# config_sentence_transformers.json's prompts on EmbeddingGemma's model card (the same map
# examples/embeddinggemma.py writes out; importing it would load the model).
TASK_PREFIX_MAP = {
    "query": "task: search result | query: ",
    "document": "title: none | text: ",
    "BitextMining": "task: search result | query: ",
    "Clustering": "task: clustering | query: ",
    "Classification": "task: classification | query: ",
    "InstructionRetrieval": "task: code retrieval | query: ",
    "MultilabelClassification": "task: classification | query: ",
    "PairClassification": "task: sentence similarity | query: ",
    "Reranking": "task: search result | query: ",
    "Retrieval": "task: search result | query: ",
    "Retrieval-query": "task: search result | query: ",
    "Retrieval-document": "title: none | text: ",
    "STS": "task: sentence similarity | query: ",
    "Summarization": "task: summarization | query: ",
}

HIDDEN = 64
CORPUS = [
    "Which planet is known as the Red Planet?",
    "Mars, known for its reddish appearance, is often referred to as the Red Planet.",
    "Venus is often called Earth's twin because of its similar size and proximity.",
    "Jupiter, the largest planet in our solar system, has a prominent red spot.",
    "Saturn, famous for its rings, is sometimes mistaken for the Red Planet.",
] + list(TASK_PREFIX_MAP.values())


def train_tokenizer() -> PreTrainedTokenizerFast:
    tok = Tokenizer(models.BPE(unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    specials = ["<pad>", "<eos>", "<bos>", "<unk>"]
    tok.train_from_iterator(
        CORPUS * 10, trainers.BpeTrainer(vocab_size=300, special_tokens=specials)
    )
    bos, eos = tok.token_to_id("<bos>"), tok.token_to_id("<eos>")
    tok.post_processor = processors.TemplateProcessing(
        single="<bos> $A <eos>", special_tokens=[("<bos>", bos), ("<eos>", eos)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        model_max_length=2048,
        pad_token="<pad>",
        unk_token="<unk>",
        bos_token="<bos>",
        eos_token="<eos>",
    )


def gemma3_config(vocab_size: int, pad_token_id: int) -> Gemma3TextConfig:
    # EmbeddingGemma's layout, scaled down: 5 sliding layers to one global, GQA (4 over 2).
    layer_types = ["sliding_attention"] * 5 + ["full_attention"]
    return Gemma3TextConfig(
        vocab_size=vocab_size,
        hidden_size=HIDDEN,
        intermediate_size=128,
        num_hidden_layers=len(layer_types),
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=16,
        query_pre_attn_scalar=16,
        sliding_window=8,
        layer_types=layer_types,
        rope_parameters={
            "sliding_attention": {"rope_type": "default", "rope_theta": 10_000.0},
            "full_attention": {"rope_type": "default", "rope_theta": 1_000_000.0},
        },
        max_position_embeddings=2048,
        use_bidirectional_attention=True,
        pad_token_id=pad_token_id,
    )


def build(out_dir: Path) -> Path:
    torch.manual_seed(0)
    tokenizer = train_tokenizer()
    model = AutoModel.from_config(gemma3_config(len(tokenizer), tokenizer.pad_token_id))
    with torch.no_grad():  # fresh norms are zeros (Gemma's 1 + weight): make them count
        for name, parameter in model.named_parameters():
            if "norm" in name:
                parameter.add_(torch.randn_like(parameter) * 0.2)
    with tempfile.TemporaryDirectory() as work:
        model.save_pretrained(work)
        tokenizer.save_pretrained(work)
        st = SentenceTransformer(
            modules=[
                Transformer(work, max_seq_length=2048),
                Pooling(HIDDEN, "mean"),
                Dense(HIDDEN, 4 * HIDDEN, bias=False, activation_function=torch.nn.Identity()),
                Dense(4 * HIDDEN, HIDDEN, bias=False, activation_function=torch.nn.Identity()),
                Normalize(),
            ],
            device="cpu",
            prompts=TASK_PREFIX_MAP,
        )
        st.save(str(out_dir))
    return out_dir


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(build(Path(sys.argv[1])))
