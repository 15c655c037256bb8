"""Obviously correct: the three rules applied literally with exact integers (recursion is fine for tiny inputs)."""
import sys


def worth(s):
    total, depth, start = 0, 0, 0
    for i, ch in enumerate(s):
        depth += 1 if ch == "(" else -1
        if depth == 0:
            inner = s[start + 1:i]
            total += 1 if inner == "" else 2 * worth(inner)
            start = i + 1
    return total


print(worth(sys.stdin.readline().strip()) % 1_000_000_007)
