"""Checks of a parsed design before anything of it runs: what the request asked for and what the programs may do.

* **Topic**: when the request names a catalog topic (`matching.rank_topics`), the design's own words (its
  understanding, title, slug and tags) must name that topic too; a model that drifts to another topic is
  caught here, told so, and the problem is refused (`off_topic`) if repairs do not bring it back.
* **Difficulty**: the understanding restates the difficulty; one that names another level (and not the
  requested one) is `wrong_difficulty`, and so is a medium/hard design whose every bound is at most 100
  (tutorial sized).
* **Programs**: Python 3.9 as judges run it with PyPy (`not_portable`: newer syntax or calls, a recursion limit
  PyPy cannot reserve; generator/problems/portability.py), standard library only (`non_stdlib_import`), and
  nothing a problem program never needs —
  the environment, other files, processes, sockets, dynamic imports (`unsafe_program`). This is a clear
  early refusal with feedback, not the protection: every program still runs only in the jail (emptied
  environment, no network, private /tmp), which contains what a static look cannot see.
"""
from __future__ import annotations

import ast
import re
import sys

from generator.problems.portability import python39_problems
from generator.problems.schema import Difficulty
from generator.providers.chain import GeneratorFailedError
from generator.providers.spec import DesignSpec


class DesignCheckError(GeneratorFailedError):
    """The design asks for something the request did not, or its programs reach outside their input."""


# Modules a stdin-to-stdout program has no use for: processes, sockets, foreign code, the file system.
FORBIDDEN_MODULES = frozenset({
    "socket", "ssl", "subprocess", "multiprocessing", "ctypes", "urllib", "http", "ftplib", "smtplib", "telnetlib",
    "xmlrpc", "shutil", "pty", "importlib", "webbrowser", "glob", "tempfile", "getpass", "pwd", "grp", "platform",
    "asyncio", "signal", "mmap", "pickle", "marshal", "code", "runpy",
})
FORBIDDEN_NAMES = frozenset({"environ", "environb", "getenv", "putenv", "unsetenv", "__import__", "eval", "exec",
                             "compile", "globals", "__builtins__", "__loader__", "__spec__"})
FORBIDDEN_ATTRIBUTES = frozenset({"environ", "environb", "getenv", "putenv", "unsetenv", "__import__", "__builtins__",
                                  "__loader__", "__spec__", "__subclasses__", "__globals__", "__code__"})
FORBIDDEN_OS = frozenset({"system", "popen", "fork", "forkpty", "kill", "killpg", "listdir", "scandir", "walk",
                          "remove", "unlink", "rmdir", "rename", "chdir", "getcwd", "open", "startfile", "setsid"}
                         | {f"exec{s}" for s in ("l", "le", "lp", "lpe", "v", "ve", "vp", "vpe")}
                         | {f"spawn{s}" for s in ("l", "le", "lp", "lpe", "v", "ve", "vp", "vpe")})
FORBIDDEN_TEXT = re.compile(r"/proc\b|/etc/|/root\b|/home/|\.aws\b|environ|AWS_|GEMINI|API_KEY", re.IGNORECASE)

DIFFICULTY_WORDS = {
    Difficulty.tutorial: ("tutorial", "튜토리얼", "입문"),
    Difficulty.easy: ("easy", "쉬움", "쉬운"),
    Difficulty.medium: ("medium", "보통", "중간"),
    Difficulty.hard: ("hard", "어려움", "어려운"),
}


def check_design(spec: DesignSpec, prompt: str, difficulty: Difficulty) -> None:
    """Raises DesignCheckError (code, message for the model) for the first problem found."""
    for what, source in programs(spec):
        check_program(what, source)
    check_topic(spec, prompt)
    check_difficulty(spec, difficulty)


def programs(spec: DesignSpec) -> list[tuple[str, str]]:
    found = [("reference", spec.reference), ("brute", spec.brute), ("validator", spec.validator)]
    found += [(f"{g.category} generator #{n + 1}", g.source) for n, g in enumerate(spec.generators)]
    found += [(f"wrong solution {w.name!r}", w.source) for w in spec.wrong_solutions]
    if spec.checker == "program" and spec.checker_source.strip():
        found.append(("checker", spec.checker_source))
    return found


def check_program(what: str, source: str) -> None:
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise DesignCheckError("malformed_output", f"the {what} is not valid Python: {exc.msg} (line {exc.lineno})") \
            from None
    found = python39_problems(source)
    if found:
        raise DesignCheckError("not_portable", f"the {what} will not run on Python 3.9, which judges run (PyPy): "
                                               f"{'; '.join(found[:3])}")
    checker = what == "checker"
    for node in ast.walk(tree):
        for module in _imported(node):
            top = module.split(".")[0]
            if top not in sys.stdlib_module_names:
                raise DesignCheckError("non_stdlib_import", f"the {what} imports {module!r}, which is not in the "
                                                            "Python standard library")
            if top in FORBIDDEN_MODULES:
                raise DesignCheckError("unsafe_program", f"the {what} imports {module!r}; a problem program only "
                                                         "reads its input and writes its output")
        reason = _forbidden(node, checker)
        if reason:
            raise DesignCheckError("unsafe_program", f"the {what} {reason} (line {getattr(node, 'lineno', '?')}); a "
                                                     "problem program only reads its input and writes its output")


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return [node.module]
    return []


def _forbidden(node: ast.AST, checker: bool) -> str:
    if isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
        return f"uses {node.id}"
    if isinstance(node, ast.Attribute):
        if node.attr in FORBIDDEN_ATTRIBUTES:
            return f"uses .{node.attr}"
        if isinstance(node.value, ast.Name) and node.value.id == "os" and node.attr in FORBIDDEN_OS:
            return f"calls os.{node.attr}"
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and FORBIDDEN_TEXT.search(node.value):
        return f"mentions {FORBIDDEN_TEXT.search(node.value).group(0)!r}"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open" and node.args:
        first = node.args[0]
        if isinstance(first, ast.Constant) and first.value in (0, 1):
            return ""  # open(0): standard input
        if checker and isinstance(first, ast.Subscript) and "argv" in ast.unparse(first):
            return ""  # the checker reads the input and answer files it is given
        return f"opens {ast.unparse(first)[:40]}"
    return ""


def requested_topic(prompt: str) -> object | None:
    """The topic the prompt names, else the area (a field: "DP 문제") it names, else None (free-form)."""
    from generator.problems.catalog import areas
    from generator.problems.matching import rank_topics

    ranked = rank_topics(prompt) or rank_topics(prompt, areas())
    return ranked[0][1] if ranked else None


def check_topic(spec: DesignSpec, prompt: str) -> None:
    from generator.problems.matching import _contains, normalise

    topic = requested_topic(prompt)
    if topic is None:
        return  # a free-form request: no catalog topic to hold the design to
    evidence = normalise(" ".join([spec.understanding, spec.title, spec.slug.replace("_", " "), *spec.tags]))
    keywords = list(getattr(topic, "keywords", ()))
    for member in getattr(topic, "member_topics", ()):  # an area: any of its topics is on topic
        keywords += member.keywords
    if any(_contains(evidence, k) for k in keywords):
        return
    names = getattr(getattr(topic, "spec", None), "title", {}) or {}
    raise DesignCheckError("off_topic", f"the request asks for the topic '{names.get('en', topic.name)}', but the "
                                        f"design (tags {spec.tags}, title {spec.title!r}) is about something else")


def check_difficulty(spec: DesignSpec, difficulty: Difficulty) -> None:
    from generator.problems.matching import _contains, normalise

    said = normalise(spec.understanding)
    named = [d for d, words in DIFFICULTY_WORDS.items() if any(_contains(said, w) for w in words)]
    if named and difficulty not in named:
        raise DesignCheckError("wrong_difficulty", f"the request asks for difficulty '{difficulty.value}', but the "
                                                   f"design's understanding says {named[0].value!r}")
    if difficulty in (Difficulty.medium, Difficulty.hard) and spec.constraints and all(
            abs(c.high) <= 100 and abs(c.low) <= 100 for c in spec.constraints):
        raise DesignCheckError("wrong_difficulty", f"the request asks for difficulty '{difficulty.value}', but every "
                                                   "bound of the design is at most 100 (tutorial sized)")
