"""Obviously correct: a set of the windows themselves."""
import sys

data = sys.stdin.read().split()
k, s = int(data[1]), data[2]
print(len({s[i:i + k] for i in range(len(s) - k + 1)}))
