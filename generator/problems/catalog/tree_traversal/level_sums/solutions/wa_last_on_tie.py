"""Wrong: uses >= while scanning the levels, so a tie goes to the deepest level instead of the smallest one."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
parent = [0, 0] + [int(x) for x in data[1:n]]
value = [0] + [int(x) for x in data[n:2 * n]]
children = [[] for _ in range(n + 1)]
for v in range(2, n + 1):
    children[parent[v]].append(v)
level, best_level, best_sum, depth = [1], 0, None, 0
while level:
    depth += 1
    s = sum(value[v] for v in level)
    if best_sum is None or s >= best_sum:
        best_sum, best_level = s, depth
    level = [c for v in level for c in children[v]]
print(best_level, best_sum)
