# Tests of the model engine (runtime/nn), included by tests/unit/CMakeLists.txt.

# The C++ side of the parity tests in tests/parity/nn and of bench/nn_forward.py: loads a
# checkpoint folder and answers requests (token ids and mask as JSON lines on stdin) with
# .npy files, so transformers and sentence-transformers can be compared with it live.
add_executable(nn_run ${PROJECT_SOURCE_DIR}/tests/parity/nn/nn_run.cpp)
target_link_libraries(nn_run PRIVATE ingot_rt_nn)
target_include_directories(nn_run PRIVATE ${INGOT_NLOHMANN_INCLUDE})
set_target_properties(nn_run PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests/parity)
ingot_strict(nn_run)

# The safetensors reader and the FileSet on hand-built files: every malformed header is a
# ValueError, never a read out of bounds (these run under ASan in scripts/test.sh, where the
# torch-based parity tests may not). The AMX Linear kernel against the float32 kernel (its
# tile tests skip on a CPU without AMX).
add_executable(nn_tests nn_safetensors_test.cpp nn_amx_test.cpp)
target_link_libraries(nn_tests PRIVATE ingot_rt_nn GTest::gtest_main Threads::Threads)
ingot_strict(nn_tests)
gtest_discover_tests(nn_tests DISCOVERY_MODE PRE_TEST)

# GFLOP/s of the Linear kernels, float32 (AVX-512/AVX2) against AMX: bench/nn_gemm_bench.cpp.
add_executable(nn_gemm_bench ${PROJECT_SOURCE_DIR}/bench/nn_gemm_bench.cpp)
target_link_libraries(nn_gemm_bench PRIVATE ingot_rt_nn)
set_target_properties(nn_gemm_bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/bench)
ingot_strict(nn_gemm_bench)
