import sys

# end = best total of a run ending at the current day: extend the previous run or start afresh (Kadane).
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:n + 1]))
end = best = a[0]
for x in a[1:]:
    end = x if end < 0 else end + x
    if end > best:
        best = end
print(best)
