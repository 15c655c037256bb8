"""Too slow: quick find relabels every member of a group on each merge by scanning all N labels."""
import sys
def read():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    return n, list(zip(map(int, data[2:2 + 2 * m:2]), map(int, data[3:3 + 2 * m:2])))

n, links = read()
label = list(range(n + 1))
size = [1] * (n + 1)
groups, largest = n, 1
out = []
for a, b in links:
    la, lb = label[a], label[b]
    if la != lb:
        for v in range(1, n + 1):
            if label[v] == lb:
                label[v] = la
        size[la] += size[lb]
        groups -= 1
        largest = max(largest, size[la])
    out.append(f"{groups} {largest}")
print("\n".join(out))
