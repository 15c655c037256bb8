"""Obviously correct on small graphs: some vertex can walk along one or more edges back to itself."""
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]


def returns(s):
    seen, stack = set(), [s]
    while stack:
        x = stack.pop()
        for u, v in edges:
            if u == x:
                if v == s:
                    return True
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
    return False


print("YES" if any(returns(s) for s in range(1, n + 1)) else "NO")
