"""Wrong: patience sorting, then prints the final tails array; its length is right, but it is not always a
subsequence of A (a later small value replaces a tail that came before it)."""
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
tails = []
for x in a:
    k = bisect_left(tails, x)
    if k == len(tails):
        tails.append(x)
    else:
        tails[k] = x
print(len(tails))
print(" ".join(map(str, tails)))
