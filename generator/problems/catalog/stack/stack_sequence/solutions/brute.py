"""Obviously correct: search every sequence of pushes and pops (depth first) for one that gives the order."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n = int(data[0])
want = [int(x) for x in data[1:1 + n]]


def search(nxt, stack, done, ops):
    if done == n:
        return ops
    if stack and stack[-1] == want[done]:
        found = search(nxt, stack[:-1], done + 1, ops + "-")
        if found:
            return found
    if nxt <= n:
        return search(nxt + 1, stack + [nxt], done, ops + "+")
    return None


print(search(1, [], 0, "") or "NO")
