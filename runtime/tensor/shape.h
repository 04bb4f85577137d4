// Shape operations. Those numpy answers with a view (reshape of a compatible layout,
// transpose, swapaxes, expand_dims, squeeze, broadcast_to) return views here too; the rest
// (concatenate, stack, repeat, tile) return new arrays.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

// np.reshape / Tensor.reshape: one -1 is inferred; a view when the layout allows, else a
// copy. ValueError "cannot reshape array of size 6 into shape (4,)" otherwise.
Array reshape(const Array& a, const Shape& shape);
// Tensor.view: like reshape, but RuntimeError instead of a copy when no view exists.
Array view(const Array& a, const Shape& shape);
// np.transpose(a, axes) / Tensor.permute; reversed axes when `axes` is empty (.T).
Array transpose(const Array& a, const Shape& axes = {});
Array swapaxes(const Array& a, int64_t axis1, int64_t axis2);
Array moveaxis(const Array& a, int64_t source, int64_t destination);
// np.expand_dims / unsqueeze: a new size-1 axis at `axis` of the result.
Array expand_dims(const Array& a, int64_t axis);
// np.squeeze: the size-1 axes (all when `axes` is nullopt); ValueError for an axis that is
// not size 1 ("cannot select an axis to squeeze out which has size not equal to one").
Array squeeze(const Array& a, const std::optional<std::vector<int64_t>>& axes);
// np.broadcast_to / Tensor.expand (-1 keeps a dimension there): a read-only-in-spirit view
// with zero strides. ValueError when `a` does not broadcast to `shape`.
Array broadcast_to(const Array& a, const Shape& shape);
Array expand(const Array& a, const Shape& sizes);
// np.ravel / flatten / torch.flatten(start, end).
Array flatten(const Array& a, int64_t start_dim = 0, int64_t end_dim = -1);

// torch.narrow: `length` elements of `axis` from `start` (a view; the caller checked bounds).
Array narrow(const Array& a, int64_t axis, int64_t start, int64_t length);

// np.diagonal / torch.diagonal: the view of the elements a[..., i, ..., i + offset, ...] of
// two axes (normalized, distinct: the caller checked), that dimension last.
Array diagonal(const Array& a, int64_t offset, int64_t axis1, int64_t axis2);
// np.diag / torch.diag of a 1-d array: the square matrix with it on diagonal k, zeros
// elsewhere.
Array diag_matrix(const Array& v, int64_t k);
// np.fill_diagonal(a, values, wrap): the elements numpy's a.flat[::n + 1] reaches set to
// `values` flattened and cycled, cast to a's dtype; a tall matrix's diagonal starts again
// below its square part (after a skipped row) when `wrap`. numpy's errors for a 1-d array
// and for a cube whose sides differ.
void fill_diagonal(const Array& a, const Array& values, bool wrap);
// np.tri(n, m, k) as a mask: true where column j <= row i + k (on and below diagonal k).
Array lower_triangle_mask(int64_t n, int64_t m, int64_t k);
// np.tril / np.triu, torch.tril / torch.triu: the matrices in the last two axes (a 1-D
// array as the rows of a square matrix, as numpy broadcasts it) with the elements above
// diagonal k (`lower`) or below it zeroed.
Array triangle(const Array& a, int64_t k, bool lower, Rules rules = Rules::Numpy);

// np.concatenate / torch.cat; axis nullopt flattens every input first (numpy's axis=None).
Array concatenate(const std::vector<Array>& arrays, std::optional<int64_t> axis,
                  Rules rules = Rules::Numpy);
// np.stack / torch.stack: every input the same shape, a new axis at `axis`.
Array stack(const std::vector<Array>& arrays, int64_t axis, Rules rules = Rules::Numpy);
// np.split(a, sections) (equal sections, ValueError otherwise) and np.array_split.
std::vector<Array> split_sections(const Array& a, int64_t sections, int64_t axis, bool exact);
// np.split(a, [i, j, ...]): the pieces between the indices (views).
std::vector<Array> split_at(const Array& a, const std::vector<int64_t>& indices, int64_t axis);
// torch.split(t, size): pieces of `size` (the last one shorter); torch.chunk(t, n).
std::vector<Array> split_size(const Array& a, int64_t size, int64_t axis);
std::vector<Array> chunk(const Array& a, int64_t chunks, int64_t axis);
// np.repeat(a, repeats, axis): each element `repeats` times (flattened when axis is nullopt).
Array repeat(const Array& a, int64_t repeats, std::optional<int64_t> axis);
// np.tile(a, reps) / Tensor.repeat(*sizes).
Array tile(const Array& a, const Shape& reps);

}  // namespace ingot::rt::tensor
