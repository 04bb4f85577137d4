"""ingot's materializer: runs a module's top level in the user's Python and writes each
live global the compiled function uses as a resource folder.

    python materialize.py SRC.py OUT_DIR NAME...

The entry function is never called: only the module's top level runs, with __name__ set
so that `if __name__ == "__main__":` blocks stay out. For each NAME, OUT_DIR/NAME/ gets the
object's files, and OUT_DIR/manifest.json says what each global became:

    {"tok": {"kind": "transformers.PreTrainedTokenizerFast",
             "files": ["tokenizer.json", "settings.json"]},
     "other": {"error": "a list of ... cannot be exported; ..."}}

An exporter is a (kind, test, export) triple; a new kind of live object is one more entry in
EXPORTERS. An instance of one of the module's own classes (a torch.nn.Module wrapper around a
model) is exported field by field:

    {"embedder": {"kind": "object", "class": "Embedder",
                  "fields": {"model": {"kind": "transformers.PreTrainedModel"},
                             "dim": {"constant": 384}},
                  "files": ["model/config.json", ...]}}
"""

import json
import os
import runpy
import sys
import traceback

# transformers' "no limit" for model_max_length (int(1e30)); beyond int64 in the artifact.
_INT64_MAX = 2**63 - 1


def _class_names(obj):
    """The qualified names of obj's class and its bases: 'tokenizers.Tokenizer', ..."""
    return {f"{c.__module__}.{c.__qualname__}" for c in type(obj).__mro__}


def _is_tokenizers_tokenizer(obj):
    return "tokenizers.Tokenizer" in _class_names(obj)


# transformers 4 names its fast tokenizers' base PreTrainedTokenizerFast; transformers 5
# calls it TokenizersBackend (PreTrainedTokenizerFast is an alias of it).
_FAST_TOKENIZER_BASES = {
    "transformers.tokenization_utils_fast.PreTrainedTokenizerFast",
    "transformers.tokenization_utils_tokenizers.TokenizersBackend",
}
_SLOW_TOKENIZER_BASES = {
    "transformers.tokenization_utils.PreTrainedTokenizer",
    "transformers.tokenization_python.PythonBackend",
}


def _is_fast_tokenizer(obj):
    return bool(_class_names(obj) & _FAST_TOKENIZER_BASES)


def _is_slow_tokenizer(obj):
    return bool(_class_names(obj) & _SLOW_TOKENIZER_BASES)


def _is_ndarray(obj):
    numpy = sys.modules.get("numpy")
    return numpy is not None and isinstance(obj, numpy.ndarray)


def _write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False)


def _export_tokenizers_tokenizer(obj, folder):
    with open(os.path.join(folder, "tokenizer.json"), "w", encoding="utf-8") as f:
        f.write(obj.to_str())
    settings = {
        "class": "tokenizers.Tokenizer",
        "vocab_size": obj.get_vocab_size(with_added_tokens=False),
        "vocab_size_with_added": obj.get_vocab_size(with_added_tokens=True),
    }
    _write_json(os.path.join(folder, "settings.json"), settings)
    return ["tokenizer.json", "settings.json"]


def _export_fast_tokenizer(obj, folder):
    # tokenizer.json holds the pipeline; transformers keeps the rest on the Python object.
    with open(os.path.join(folder, "tokenizer.json"), "w", encoding="utf-8") as f:
        f.write(obj.backend_tokenizer.to_str())
    max_length = obj.model_max_length
    # decode's clean-up; transformers 5 skips it for BPE models unless told otherwise.
    clean_up = bool(obj.clean_up_tokenization_spaces)
    bpe_override = "clean_up_tokenization_spaces_for_bpe_even_though_it_will_corrupt_output"
    if type(obj.backend_tokenizer.model).__name__ == "BPE" and not getattr(obj, bpe_override, True):
        clean_up = False
    settings = {
        "class": "transformers.PreTrainedTokenizerFast",
        "model_max_length": max_length if max_length <= _INT64_MAX else None,
        "padding_side": obj.padding_side,
        "truncation_side": obj.truncation_side,
        "pad_token": obj.pad_token,
        "pad_token_id": obj.pad_token_id,
        "pad_token_type_id": obj.pad_token_type_id,
        "model_input_names": list(obj.model_input_names),
        "add_bos_token": getattr(obj, "add_bos_token", None),
        "add_eos_token": getattr(obj, "add_eos_token", None),
        "clean_up_tokenization_spaces": clean_up,
        "vocab_size": obj.vocab_size,
        "len": len(obj),
    }
    _write_json(os.path.join(folder, "settings.json"), settings)
    return ["tokenizer.json", "settings.json"]


def _is_sentence_transformer(obj):
    return "sentence_transformers.sentence_transformer.model.SentenceTransformer" in _class_names(
        obj
    ) or "sentence_transformers.SentenceTransformer.SentenceTransformer" in _class_names(obj)


def _files_under(folder):
    """Every file under folder, by its path relative to it, sorted."""
    names = []
    for root, _, files in os.walk(folder):
        for name in files:
            names.append(os.path.relpath(os.path.join(root, name), folder))
    return sorted(names)


def _export_sentence_transformer(obj, folder):
    # SentenceTransformer.save writes the checkpoint (config, safetensors, modules.json and
    # each module's folder, prompts); the tokenizer's settings.json is what the compiled
    # tokenizer needs beside tokenizer.json, and checkpoint.json lists the checkpoint's
    # files, which the artifact cannot list itself.
    obj.save(folder)
    # save sorts the prompts by name; the live object's dict order is what Python shows.
    config_path = os.path.join(folder, "config_sentence_transformers.json")
    if os.path.exists(config_path):
        with open(config_path, encoding="utf-8") as f:
            config = json.load(f)
        config["prompts"] = dict(obj.prompts)
        _write_json(config_path, config)
    checkpoint = _files_under(folder)
    _export_fast_tokenizer(obj.tokenizer, folder)
    _write_json(os.path.join(folder, "checkpoint.json"), checkpoint)
    return _files_under(folder)


def _is_pretrained_model(obj):
    return "transformers.modeling_utils.PreTrainedModel" in _class_names(obj)


def _export_pretrained_model(obj, folder):
    # save_pretrained writes config.json and the safetensors weights (sharded or not);
    # checkpoint.json lists them, as for a SentenceTransformer.
    obj.save_pretrained(folder)
    _write_json(os.path.join(folder, "checkpoint.json"), _files_under(folder))
    return _files_under(folder)


def _is_torch_tensor(obj):
    torch = sys.modules.get("torch")
    return torch is not None and isinstance(obj, torch.Tensor)


# The dtypes the runtime's arrays hold (runtime/tensor/dtype.h), as .npy files spell them.
_ARRAY_DTYPES = ("bool", "int8", "uint8", "int32", "int64", "float16", "float32", "float64")


def _export_ndarray(array, folder):
    """The array as C-order little-endian .npy data, which the artifact embeds as bytes."""
    import numpy

    if array.dtype.name not in _ARRAY_DTYPES:
        raise ValueError(
            f"its dtype {array.dtype.name} is not one compiled arrays hold "
            f"({', '.join(_ARRAY_DTYPES)}); convert it with .astype(...) where it is made"
        )
    array = array.astype(array.dtype.newbyteorder("<"), order="C", copy=False)
    numpy.save(os.path.join(folder, "array.npy"), array, allow_pickle=False)
    return ["array.npy"]


def _export_torch_tensor(obj, folder):
    tensor = obj.detach().cpu()
    if tensor.dtype == sys.modules["torch"].bfloat16:
        raise ValueError(
            "its dtype torch.bfloat16 has no .npy form to embed; make it float32 "
            "(.float()) where it is made"
        )
    return _export_ndarray(tensor.numpy(), folder)


EXPORTERS = [
    ("tokenizers.Tokenizer", _is_tokenizers_tokenizer, _export_tokenizers_tokenizer),
    ("transformers.PreTrainedTokenizerFast", _is_fast_tokenizer, _export_fast_tokenizer),
    ("numpy.ndarray", _is_ndarray, _export_ndarray),
    ("torch.Tensor", _is_torch_tensor, _export_torch_tensor),
    (
        "sentence_transformers.SentenceTransformer",
        _is_sentence_transformer,
        _export_sentence_transformer,
    ),
    ("transformers.PreTrainedModel", _is_pretrained_model, _export_pretrained_model),
]


# The module runs as __main__-less `__ingot_materialize__` (see main): its classes' instances.
_MODULE_NAME = "__ingot_materialize__"


def _is_module_instance(obj):
    return type(obj).__module__ == _MODULE_NAME


def _fields(obj):
    """An instance's attributes; for a torch.nn.Module its submodules too, less the module's
    own machinery (training flag, hooks, parameter dicts)."""
    fields = {k: v for k, v in vars(obj).items() if not k.startswith("_")}
    torch = sys.modules.get("torch")
    if torch is not None and isinstance(obj, torch.nn.Module):
        fields.pop("training", None)
        if obj._parameters or obj._buffers:
            names = ", ".join(list(obj._parameters) + list(obj._buffers))
            raise ValueError(f"its own parameters or buffers ({names}) cannot be compiled")
        fields.update(obj._modules)
    return fields


def _export_module_instance(obj, folder):
    # Each attribute: a constant (None, bool, int, float, str) or a live object exported into
    # FIELD/; the compiled code rebuilds the instance from them without running __init__.
    fields, files = {}, []
    for name, value in _fields(obj).items():
        if value is None or isinstance(value, (bool, int, float, str)):
            fields[name] = {"constant": value}
            continue
        entry = export(name, value, folder)
        if "error" in entry:
            raise ValueError(f"its attribute '{name}': {entry['error']}")
        fields[name] = {key: value for key, value in entry.items() if key != "files"}
        files += [f"{name}/{file}" for file in entry["files"]]
    return {"class": type(obj).__qualname__, "fields": fields, "files": files}


def _cannot_export(obj):
    kind = type(obj)
    what = f"{kind.__module__}.{kind.__qualname__}"
    if _is_slow_tokenizer(obj):
        return (
            f"it is a slow (pure Python) tokenizer, {what}; load a fast one "
            "(AutoTokenizer.from_pretrained(..., use_fast=True)) or a tokenizers.Tokenizer"
        )
    kinds = ", ".join(kind for kind, _, _ in EXPORTERS)
    return (
        f"a {what} cannot be exported (ingot exports: {kinds}); make it one of those, "
        "or a constant (literals and containers of literals)"
    )


def export(name, obj, out_dir):
    folder = os.path.join(out_dir, name)
    if _is_module_instance(obj):
        os.makedirs(folder, exist_ok=True)
        return {"kind": "object", **_export_module_instance(obj, folder)}
    for kind, test, write in EXPORTERS:
        if test(obj):
            os.makedirs(folder, exist_ok=True)
            return {"kind": kind, "files": write(obj, folder)}
    return {"error": _cannot_export(obj)}


def main(argv):
    source, out_dir, names = argv[1], argv[2], argv[3:]
    sys.path.insert(0, os.path.dirname(os.path.abspath(source)))
    try:
        module = runpy.run_path(source, run_name="__ingot_materialize__")
    except BaseException:  # noqa: BLE001 - whatever the module raises is the user's to see
        sys.stderr.write("running the module's top level raised:\n" + traceback.format_exc())
        return 3
    manifest = {}
    for name in names:
        if name not in module:
            manifest[name] = {"error": "the module's top level did not define it"}
            continue
        try:
            manifest[name] = export(name, module[name], out_dir)
        except Exception as e:  # noqa: BLE001 - reported against the global, with its cause
            manifest[name] = {"error": f"exporting it raised {type(e).__name__}: {e}"}
    _write_json(os.path.join(out_dir, "manifest.json"), manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
