"""Input validator for tree_traversal.rebuild_postorder: python validator.py maxn= < input; exit 0 iff valid.
N (1..maxn), then two lines of N integers, each a permutation of 1..N, that are the preorder and the inorder of one
binary tree (checked by rebuilding it: every root must lie inside its inorder range). Single spaces, final
newline, no leading zeros."""
import re
import sys

opts = dict(arg.split("=", 1) for arg in sys.argv[1:])
MAXN = int(opts["maxn"])
NUMS = re.compile(r"(?:0|[1-9][0-9]*)(?: (?:0|[1-9][0-9]*))*")

data = sys.stdin.read()
assert data.endswith("\n"), "input must end with a newline"
lines = data[:-1].split("\n")
assert len(lines) == 3, "three lines expected: N, the preorder, the inorder"
for line in lines:
    assert NUMS.fullmatch(line), "non-negative integers separated by single spaces expected"
assert len(lines[0].split(" ")) == 1, "first line must hold N alone"
n = int(lines[0])
assert 1 <= n <= MAXN, "N out of range"
pre = [int(t) for t in lines[1].split(" ")]
ino = [int(t) for t in lines[2].split(" ")]
assert len(pre) == n and len(ino) == n, "each order holds N vertices"
assert sorted(pre) == list(range(1, n + 1)), "the preorder is not a permutation of 1..N"
assert sorted(ino) == list(range(1, n + 1)), "the inorder is not a permutation of 1..N"
pos = [0] * (n + 1)
for i, v in enumerate(ino):
    pos[v] = i
stack = [(0, 0, n)]
while stack:
    pl, il, size = stack.pop()
    if size == 0:
        continue
    k = pos[pre[pl]] - il
    assert 0 <= k < size, "the two orders do not come from one binary tree"
    stack.append((pl + 1, il, k))
    stack.append((pl + 1 + k, il + k + 1, size - k - 1))
