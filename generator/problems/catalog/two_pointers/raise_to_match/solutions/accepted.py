"""Reference: sort. For each target a[r], the cheapest c values to raise to a[r] are the c largest below it, a
window [l, r]; its cost a[r] * (r - l + 1) - sum(l..r) only grows with r for a fixed l, so l only moves right.
Scanning r upward and updating only on a strictly larger count keeps the smallest value on ties."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
best_count, best_value = 0, 0
window_sum = 0
left = 0
for right in range(n):
    window_sum += a[right]
    while a[right] * (right - left + 1) - window_sum > k:
        window_sum -= a[left]
        left += 1
    if right - left + 1 > best_count:
        best_count, best_value = right - left + 1, a[right]
print(best_count, best_value)
