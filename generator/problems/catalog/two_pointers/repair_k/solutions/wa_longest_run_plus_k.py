"""Wrong: takes the longest run of ones and spends the K changes right next to it, instead of joining several
shorter runs."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
s = data[2].decode()
longest = max(len(run) for run in s.split("0"))
print(min(n, longest + k))
