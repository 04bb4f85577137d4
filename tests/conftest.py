"""Options shared by the Python suites under tests/."""


def pytest_addoption(parser):
    parser.addoption(
        "--cpython-only",
        action="store_true",
        help="conformance: only check that every case runs in CPython (no `ingot` needed)",
    )
