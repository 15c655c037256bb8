"""Reference (exchange argument): swapping neighbours i, j changes the cost by t_j*w_i - t_i*w_j, so i goes first
when t_i*w_j < t_j*w_i — sort by the ratio t/w. The float key is exact enough: two different ratios with
t, w <= 10^4 differ by at least 10^-8 relative to values <= 10^4, far above double rounding, and equal ratios
divide to the same double."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
ts = list(map(int, data[1:1 + 2 * n:2]))
ws = list(map(int, data[2:2 + 2 * n:2]))
order = sorted(range(n), key=lambda i: ts[i] / ws[i])
clock = total = 0
for i in order:
    clock += ts[i]
    total += ws[i] * clock
print(total)
