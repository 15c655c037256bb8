"""Wrong: stops when either list runs out and forgets to copy what is left of the other list."""
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
b = list(map(int, data[2 + n:2 + n + m]))
out = []
i = j = 0
while i < n and j < m:
    if a[i] <= b[j]:
        out.append(a[i])
        i += 1
    else:
        out.append(b[j])
        j += 1
sys.stdout.write(" ".join(map(str, out)) + "\n")
