// `ingot run` and `ingot inspect` against the test artifacts, as a user runs them: a
// process, its stdout, stderr and exit status.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace {

const std::string kCli = INGOT_TEST_CLI;
const std::string kArtifacts = INGOT_TEST_ARTIFACTS;

struct Process {
  int status = -1;
  std::string out;
  std::string err;
  // The last line of stderr, where a failed call's "Kind: message" goes.
  std::string last_error_line() const {
    std::string text = err;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text.substr(text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1);
  }
};

std::string slurp(const std::string& path) {
  std::ifstream file(path);
  return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

// Runs `abi_cli <arguments>` through the shell (arguments are shell-quoted by the caller).
Process cli(const std::string& arguments, const std::string& stdin_text = "") {
  const std::string base = ::testing::TempDir() + "abi_cli_" + std::to_string(::getpid());
  { std::ofstream(base + ".in") << stdin_text; }
  const std::string command =
      kCli + " " + arguments + " <" + base + ".in >" + base + ".out 2>" + base + ".err";
  Process process;
  const int raw = std::system(command.c_str());
  process.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  process.out = slurp(base + ".out");
  process.err = slurp(base + ".err");
  return process;
}

std::string artifact(const char* name) { return kArtifacts + "/abi_" + name + ".so"; }

TEST(IngotRun, PrintsTheResultAsJsonDumps) {
  const Process p = cli("run " + artifact("greet") + " --input 'name=\"Ada\"' --input times=2");
  EXPECT_EQ(p.status, 0) << p.err;
  EXPECT_EQ(p.out, "\"Hello, Ada! Hello, Ada!\"\n");
  const Process unicode =
      cli("run " + artifact("greet") + " --input 'name=\"Zo\\u00eb \xf0\x9f\x98\x80\"'");
  EXPECT_EQ(unicode.out, "\"Hello, Zo\\u00eb \\ud83d\\ude00!\"\n");
}

TEST(IngotRun, PrintsAGeneratorsItemsOnePerLine) {
  const Process p = cli("run " + artifact("countdown") + " --input n=3");
  EXPECT_EQ(p.status, 0) << p.err;
  EXPECT_EQ(p.out, "3\n2\n1\n");
  const Process empty = cli("run " + artifact("countdown") + " --input n=0");
  EXPECT_EQ(empty.status, 0) << empty.err;
  EXPECT_EQ(empty.out, "");
}

TEST(IngotRun, AGeneratorThatRaisesKeepsTheItemsBefore) {
  const Process p = cli("run " + artifact("countdown") + " --input n=4 --input fail_at=2");
  EXPECT_EQ(p.status, 1);
  EXPECT_EQ(p.out, "4\n3\n");
  EXPECT_EQ(p.last_error_line(), "ValueError: reached 2");
}

TEST(IngotRun, ReadsInputsFromAFileOrStdinAndInputOverrides) {
  const std::string file = ::testing::TempDir() + "abi_cli_inputs.json";
  std::ofstream(file) << "{\"name\": \"Bo\", \"punctuation\": \"?\"}";
  EXPECT_EQ(cli("run " + artifact("greet") + " --inputs " + file).out, "\"Hello, Bo?\"\n");
  EXPECT_EQ(cli("run " + artifact("greet") + " --inputs - --input 'punctuation=\".\"'",
                "{\"name\": \"Cy\", \"punctuation\": \"?\"}")
                .out,
            "\"Hello, Cy.\"\n");
}

TEST(IngotRun, ARaisedExceptionIsTheLastLineOnStderrAndExit1) {
  const Process p = cli("run " + artifact("greet") + " --input 'name=\"Ada\"' --input times=-1");
  EXPECT_EQ(p.status, 1);
  EXPECT_EQ(p.out, "");
  EXPECT_EQ(p.last_error_line(), "ValueError: times must be >= 0, not -1");
  const Process missing = cli("run " + artifact("greet"));
  EXPECT_EQ(missing.status, 1);
  EXPECT_EQ(missing.last_error_line(),
            "TypeError: greet() missing 1 required positional argument: 'name'");
  const Process wrong = cli("run " + artifact("add") + " --input a=1 --input 'b=\"2\"'");
  EXPECT_EQ(wrong.last_error_line(), "TypeError: add() argument 'b' must be int, not str");
  const Process overflow =
      cli("run " + artifact("add") + " --input a=9223372036854775807 --input b=1");
  EXPECT_EQ(overflow.status, 1);
  EXPECT_EQ(overflow.last_error_line().substr(0, 14), "OverflowError:");
}

TEST(IngotRun, BadUsageExits2) {
  EXPECT_EQ(cli("run").status, 2);
  EXPECT_EQ(cli("run " + artifact("greet") + " --input name").status, 2);
  EXPECT_EQ(cli("run " + artifact("greet") + " --input name=Ada").status, 2);  // not JSON
  EXPECT_EQ(cli("run " + artifact("greet") + " --inputs - ", "[1]").status, 2);
  EXPECT_EQ(cli("run " + artifact("greet") + " --inputs /nonexistent.json").status, 2);
  EXPECT_EQ(cli("run " + artifact("greet") + " --bogus").status, 2);
  EXPECT_EQ(cli("run " + artifact("greet") + " --inputs -", "  \n").status, 2);
  EXPECT_EQ(cli("run /nonexistent.so").status, 2);
  const Process not_json = cli("run " + artifact("greet") + " --input name=Ada");
  EXPECT_NE(not_json.err.find("--input name is not valid JSON: ValueError: Expecting value"),
            std::string::npos)
      << not_json.err;
}

TEST(IngotRun, StatsGoToStderr) {
  const Process p = cli("run " + artifact("add") + " --input a=1 --input b=2 --stats");
  EXPECT_EQ(p.out, "3\n");
  EXPECT_NE(p.err.find(" us, 0 tokens"), std::string::npos) << p.err;
}

TEST(IngotInspect, PrintsTheSignatureJson) {
  const Process p = cli("inspect " + artifact("greet"));
  EXPECT_EQ(p.status, 0);
  EXPECT_EQ(p.out.rfind("{\"name\": \"greet\", \"doc\": \"Greets someone, `times` times.\", ", 0),
            0u);
  EXPECT_NE(p.out.find("\"kind\": \"KEYWORD_ONLY\""), std::string::npos);
  EXPECT_EQ(cli("inspect").status, 2);
  EXPECT_EQ(cli("inspect /nonexistent.so").status, 2);
}

}  // namespace
