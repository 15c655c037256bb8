import sys

data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
sums = [0]
for x in a:  # all 2^N subset sums, doubling the list once per number
    sums += [y + x for y in sums]
print(sums.count(s) - (s == 0))  # the empty subset does not count
