"""Wrong: lets the pointers meet (i <= j), so a value equal to X/2 is paired with itself."""
import sys

data = sys.stdin.buffer.read().split()
n, x = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
i, j, pairs = 0, n - 1, 0
while i <= j:
    s = a[i] + a[j]
    if s < x:
        i += 1
    elif s > x:
        j -= 1
    elif a[i] == a[j]:
        run = j - i + 1
        pairs += run * (run + 1) // 2
        break
    else:
        left = i
        while a[i] == a[left]:
            i += 1
        right = j
        while a[j] == a[right]:
            j -= 1
        pairs += (i - left) * (right - j)
print(pairs)
