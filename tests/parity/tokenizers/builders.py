"""tokenizer.json files made with the `tokenizers` library's own trainers, one per kind of
real tokenizer, plus variants that put every normalizer, pre-tokenizer, post-processor and
decoder of the pipeline to use. Each builder returns a `tokenizers.Tokenizer`."""

import json

from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers

LLAMA3_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)
BERT_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def _train(tok: Tokenizer, trainer, text: list[str]) -> Tokenizer:
    tok.train_from_iterator(text, trainer=trainer)
    return tok


def _bert_template(tok: Tokenizer) -> processors.TemplateProcessing:
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    return processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", cls), ("[SEP]", sep)]
    )


def wordpiece_bert(text):
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]", max_input_chars_per_word=40))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    _train(tok, trainers.WordPieceTrainer(vocab_size=3000, special_tokens=BERT_SPECIALS), text)
    tok.post_processor = _bert_template(tok)
    tok.decoder = decoders.WordPiece()
    return tok


def wordpiece_cased_bert_processing(text):
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=False, strip_accents=False, handle_chinese_chars=False)
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Punctuation()])
    _train(tok, trainers.WordPieceTrainer(vocab_size=2000, special_tokens=BERT_SPECIALS), text)
    tok.post_processor = processors.BertProcessing(("[SEP]", tok.token_to_id("[SEP]")), ("[CLS]", tok.token_to_id("[CLS]")))
    tok.decoder = decoders.WordPiece(cleanup=False)
    return tok


def bpe_byte_level_gpt2(text):
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    _train(
        tok,
        trainers.BpeTrainer(
            vocab_size=3000, special_tokens=["<|endoftext|>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
        ),
        text,
    )
    tok.post_processor = processors.ByteLevel(trim_offsets=True)
    tok.decoder = decoders.ByteLevel()
    return tok


def bpe_byte_level_llama3(text):
    tok = Tokenizer(models.BPE(ignore_merges=True))
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(LLAMA3_PATTERN), behavior="isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    specials = ["<|begin_of_text|>", "<|end_of_text|>", "<|eot_id|>"]
    _train(
        tok,
        trainers.BpeTrainer(vocab_size=3000, special_tokens=specials, initial_alphabet=pre_tokenizers.ByteLevel.alphabet()),
        text,
    )
    bos = tok.token_to_id("<|begin_of_text|>")
    tok.post_processor = processors.Sequence(
        [
            processors.ByteLevel(trim_offsets=False),
            processors.TemplateProcessing(
                single="<|begin_of_text|> $A", pair="<|begin_of_text|> $A <|begin_of_text|>:1 $B:1",
                special_tokens=[("<|begin_of_text|>", bos)],
            ),
        ]
    )
    tok.decoder = decoders.ByteLevel()
    return tok


def bpe_roberta(text):
    tok = Tokenizer(models.BPE(continuing_subword_prefix="##", end_of_word_suffix="</w>"))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Whitespace(), pre_tokenizers.Digits(individual_digits=True)])
    _train(
        tok,
        trainers.BpeTrainer(
            vocab_size=2500, special_tokens=["<s>", "</s>", "<pad>", "<unk>"], continuing_subword_prefix="##",
            end_of_word_suffix="</w>",
        ),
        text,
    )
    tok.post_processor = processors.RobertaProcessing(("</s>", tok.token_to_id("</s>")), ("<s>", tok.token_to_id("<s>")))
    tok.decoder = decoders.BPEDecoder(suffix="</w>")
    return _with_model_options(tok, unk_token="<unk>", fuse_unk=True)


def _with_model_options(tok: Tokenizer, **options) -> Tokenizer:
    data = json.loads(tok.to_str())
    data["model"].update(options)
    return Tokenizer.from_str(json.dumps(data))


def bpe_gemma_byte_fallback(text):
    """SentencePiece-style BPE: Replace/Prepend normalizer, no pre-tokenizer, <0xXX> byte
    fallback tokens, the Llama-2/Gemma decoder chain."""
    tok = Tokenizer(models.BPE(unk_token="<unk>", fuse_unk=True))
    tok.normalizer = normalizers.Sequence([normalizers.Prepend("▁"), normalizers.Replace(" ", "▁")])
    _train(tok, trainers.BpeTrainer(vocab_size=2500, special_tokens=["<unk>", "<s>", "</s>"]), text)
    data = json.loads(tok.to_str())
    vocab = data["model"]["vocab"]
    for byte in range(256):
        vocab.setdefault(f"<0x{byte:02X}>", len(vocab))
    data["model"]["byte_fallback"] = True
    tok = Tokenizer.from_str(json.dumps(data))
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A", pair="<s> $A <s>:1 $B:1", special_tokens=[("<s>", tok.token_to_id("<s>"))]
    )
    tok.decoder = decoders.Sequence(
        [decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse(), decoders.Strip(content=" ", left=1)]
    )
    return tok


def unigram_metaspace(text):
    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.Sequence(
        [normalizers.NFKC(), normalizers.Replace(Regex(r"\s+"), " "), normalizers.Strip(), normalizers.Lowercase()]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    _train(
        tok,
        trainers.UnigramTrainer(vocab_size=3000, special_tokens=["<pad>", "</s>", "<unk>"], unk_token="<unk>"),
        text,
    )
    tok.post_processor = processors.TemplateProcessing(
        single="$A </s>", pair="$A </s> $B:1 </s>:1", special_tokens=[("</s>", tok.token_to_id("</s>"))]
    )
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    return tok


def _spm_charsmap(text, tmp_dir) -> bytes:
    """Trains a SentencePiece model with its nmt_nfkc rules and reads the precompiled
    charsmap out of the model file (protobuf: ModelProto.normalizer_spec = 3,
    NormalizerSpec.precompiled_charsmap = 2)."""
    import sentencepiece

    prefix = str(tmp_dir / "spm")
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(text), model_prefix=prefix, vocab_size=4000, model_type="unigram", hard_vocab_limit=False,
        normalization_rule_name="nmt_nfkc", character_coverage=0.9995, minloglevel=2,
    )
    data = open(prefix + ".model", "rb").read()

    def fields(buf):
        pos = 0
        while pos < len(buf):
            key, pos = _varint(buf, pos)
            number, wire = key >> 3, key & 7
            if wire == 0:
                _, pos = _varint(buf, pos)
            elif wire == 1:
                pos += 8
            elif wire == 5:
                pos += 4
            elif wire == 2:
                length, pos = _varint(buf, pos)
                yield number, buf[pos : pos + length]
                pos += length
            else:
                raise ValueError(f"protobuf wire type {wire}")

    spec = next(value for number, value in fields(data) if number == 3)
    return next(value for number, value in fields(spec) if number == 2)


def _varint(buf, pos):
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def unigram_precompiled_t5(text, tmp_dir):
    """T5/XLM-R-like: the SentencePiece charsmap, WhitespaceSplit + Metaspace, byte fallback."""
    tok = Tokenizer(models.Unigram())
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")]
    )
    _train(
        tok,
        trainers.UnigramTrainer(vocab_size=2500, special_tokens=["<pad>", "</s>", "<unk>"], unk_token="<unk>"),
        text,
    )
    data = json.loads(tok.to_str())
    vocab = data["model"]["vocab"]
    known = {piece for piece, _ in vocab}
    vocab.extend([f"<0x{b:02X}>", 0.0] for b in range(256) if f"<0x{b:02X}>" not in known)
    data["model"]["byte_fallback"] = True
    tok = Tokenizer.from_str(json.dumps(data))
    tok.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(_spm_charsmap(text, tmp_dir)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tok.post_processor = processors.TemplateProcessing(
        single="$A </s>", pair="$A </s> $B </s>", special_tokens=[("</s>", tok.token_to_id("</s>"))]
    )
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    return tok


def wordlevel_split(text):
    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence(
        [normalizers.NFKD(), normalizers.StripAccents(), normalizers.Lowercase(), normalizers.Strip(left=False, right=True)]
    )
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(r"\d+|[\p{P}\p{S}]"), behavior="isolated"),
            pre_tokenizers.Split(" ", behavior="removed"),
            pre_tokenizers.CharDelimiterSplit("\n"),
            pre_tokenizers.Split(Regex(r"[\t\r]+"), behavior="merged_with_previous"),
            pre_tokenizers.Split(Regex(r"\s"), behavior="merged_with_next", invert=False),
            pre_tokenizers.Split(Regex(r"\p{Han}"), behavior="contiguous"),
        ]
    )
    _train(tok, trainers.WordLevelTrainer(vocab_size=4000, special_tokens=BERT_SPECIALS), text)
    tok.post_processor = _bert_template(tok)
    return tok


def wordlevel_inverted_split(text):
    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence([normalizers.NFD(), normalizers.Replace(Regex(r"[aeiou]"), "*"), normalizers.NFC()])
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(r"\w+"), behavior="removed", invert=True),
            pre_tokenizers.Punctuation(behavior="merged_with_previous"),
            pre_tokenizers.Digits(individual_digits=False),
        ]
    )
    _train(tok, trainers.WordLevelTrainer(vocab_size=3000, special_tokens=BERT_SPECIALS), text)
    tok.post_processor = _bert_template(tok)
    tok.decoder = decoders.CTC(pad_token="[PAD]", word_delimiter_token="|")
    return tok


def with_added_tokens(tok: Tokenizer) -> Tokenizer:
    """Added tokens of every flavour: special or not, normalized or not, lstrip/rstrip,
    single_word."""
    tok.add_special_tokens([AddedToken("<mask>", lstrip=True, rstrip=False, normalized=False)])
    tok.add_tokens(
        [
            AddedToken("hello world", single_word=True),
            AddedToken("ΣΊΣ", normalized=True),
            AddedToken("@@", rstrip=True, normalized=False),
            AddedToken("日本", lstrip=True, rstrip=True),
            AddedToken(" x ", normalized=False),
        ]
    )
    return tok


def special_texts(tok: Tokenizer) -> list[str]:
    return [t.content for t in tok.get_added_tokens_decoder().values()]

