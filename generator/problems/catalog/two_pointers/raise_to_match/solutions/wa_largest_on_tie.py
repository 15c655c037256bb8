"""Wrong: updates the answer on an equal count too, so a tie reports the largest value instead of the smallest."""
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
    if right - left + 1 >= best_count:
        best_count, best_value = right - left + 1, a[right]
print(best_count, best_value)
