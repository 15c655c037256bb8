"""Too slow: scans to the right from every position, O(N^2) on a decreasing sequence."""
import sys

data = sys.stdin.buffer.read().split()
a = list(map(int, data[1:1 + int(data[0])]))
n = len(a)
ans = []
for i in range(n):
    found = -1
    for j in range(i + 1, n):
        if a[j] > a[i]:
            found = a[j]
            break
    ans.append(found)
sys.stdout.write(" ".join(map(str, ans)) + "\n")
