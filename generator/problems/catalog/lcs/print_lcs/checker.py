"""Checker (Kattis output validator) for lcs.print_lcs:
python checker.py input_file answer_file feedback_dir < contestant_output; exit 42 accept, 43 reject.

The jury's first number is the length of a longest common subsequence. The contestant must print that length and,
when it is positive, a string of exactly that many letters that is a subsequence of both A and B (any such string
is right). A valid common subsequence longer than the jury's is a jury defect (exit 1, a judge error)."""
import re
import sys

LENGTH = re.compile(r"0|[1-9][0-9]{0,6}")
WORD = re.compile(r"[A-Z]+")


def reject(reason):
    print(reason, file=sys.stderr)
    sys.exit(43)


def is_subsequence(s, t):
    k = 0
    for ch in s:
        k = t.find(ch, k)
        if k == -1:
            return False
        k += 1
    return True


def main():
    a, b = open(sys.argv[1]).read().split()
    best = int(open(sys.argv[2]).read().split()[0])
    tokens = sys.stdin.read().split()
    if not tokens or not LENGTH.fullmatch(tokens[0]):
        reject("the first token must be the length")
    length = int(tokens[0])
    word = tokens[1] if len(tokens) > 1 else ""
    if len(tokens) > 2:
        reject("extra output after the subsequence")
    if len(tokens) == 2 and not WORD.fullmatch(word):
        reject("the subsequence must consist of uppercase letters")
    if len(word) != length:
        reject(f"printed length {length} but a string of {len(word)} letters")
    if not (is_subsequence(word, a) and is_subsequence(word, b)):
        reject(f"{word[:40]} is not a subsequence of both strings")
    if length > best:
        print("contestant found a longer common subsequence than the jury", file=sys.stderr)
        sys.exit(1)
    if length < best:
        reject(f"a common subsequence of length {best} exists, got {length}")
    sys.exit(42)


main()
