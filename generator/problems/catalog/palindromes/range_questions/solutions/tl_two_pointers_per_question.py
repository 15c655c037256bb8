"""Too slow: walks two pointers inward for every question, O(N) each, O(N * M) in all."""
import sys

data = sys.stdin.buffer.read().split()
s, m = data[1], int(data[2])
out = []
for k in range(m):
    i, j = int(data[3 + 2 * k]) - 1, int(data[4 + 2 * k]) - 1
    while i < j and s[i] == s[j]:
        i += 1
        j -= 1
    out.append("1" if i >= j else "0")
sys.stdout.write("\n".join(out) + "\n")
