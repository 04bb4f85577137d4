# Tests of the runtime tensor (runtime/tensor), included by tests/unit/CMakeLists.txt.

# The C++ side of the numpy parity tests in tests/parity/tensor: numpy computes the expected
# answers at test time and the driver must agree.
add_executable(tensor_parity_driver ${PROJECT_SOURCE_DIR}/tests/parity/tensor/tensor_parity_driver.cpp)
target_link_libraries(tensor_parity_driver PRIVATE ingot_rt_tensor ingot_rt_abi)
set_target_properties(tensor_parity_driver PROPERTIES
  RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests/parity)
ingot_strict(tensor_parity_driver)

# The parity tests themselves run under pytest with the rest of tests/ (they need the
# venv's numpy).

# Artifacts whose functions take and return arrays, linked as `ingot compile` links one:
# the ABI, `ingot run` and the Python client are tested with them
# (tests/clients/python/test_client_arrays.py).
foreach(name tensor_rank tensor_echo)
  add_library(abi_${name} SHARED abi_artifacts/${name}.cpp)
  ingot_artifact_link_options(abi_${name})
  target_link_libraries(abi_${name} PRIVATE ingot_rt_tensor)
  set_target_properties(abi_${name} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests/artifacts)
  ingot_strict(abi_${name})
endforeach()

# The C++ side of bench/tensor_ops.py (runtime/tensor against numpy).
add_executable(tensor_ops_bench ${PROJECT_SOURCE_DIR}/bench/tensor_ops_bench.cpp)
target_link_libraries(tensor_ops_bench PRIVATE ingot_rt_tensor)
set_target_properties(tensor_ops_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bench)
ingot_strict(tensor_ops_bench)

# The GEMM kernel at every SIMD level the machine runs, against the product's definition.
add_executable(tensor_gemm_tests tensor_gemm_test.cpp)
target_link_libraries(tensor_gemm_tests PRIVATE ingot_rt_tensor GTest::gtest_main)
ingot_strict(tensor_gemm_tests)
gtest_discover_tests(tensor_gemm_tests DISCOVERY_MODE PRE_TEST)

# The float32 exp kernels of every SIMD level, against each other and e^x in double.
add_executable(tensor_vector_math_tests tensor_vector_math_test.cpp)
target_link_libraries(tensor_vector_math_tests PRIVATE ingot_rt_tensor GTest::gtest_main)
ingot_strict(tensor_vector_math_tests)
gtest_discover_tests(tensor_vector_math_tests DISCOVERY_MODE PRE_TEST)

# Array storage: alignment and the reuse of large buffers.
add_executable(tensor_storage_tests tensor_storage_test.cpp)
target_link_libraries(tensor_storage_tests PRIVATE ingot_rt_tensor GTest::gtest_main)
ingot_strict(tensor_storage_tests)
gtest_discover_tests(tensor_storage_tests DISCOVERY_MODE PRE_TEST)

# The decompositions (inverse, QR, eigh, SVD, Cholesky) on larger, ill-conditioned matrices:
# their defining identities to a small multiple of float64's precision.
add_executable(tensor_decompose_tests tensor_decompose_test.cpp)
target_link_libraries(tensor_decompose_tests PRIVATE ingot_rt_tensor GTest::gtest_main)
ingot_strict(tensor_decompose_tests)
gtest_discover_tests(tensor_decompose_tests DISCOVERY_MODE PRE_TEST)
