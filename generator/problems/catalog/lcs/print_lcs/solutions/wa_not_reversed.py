"""Wrong: walks back from the end of the table but prints the letters in the order it met them (last first)."""
import sys


def main():
    a, b = sys.stdin.read().split()
    n, m = len(a), len(b)
    dp = [[0] * (m + 1)]
    for i in range(n):
        prev, cur, ch = dp[i], [0] * (m + 1), a[i]
        for j in range(m):
            if ch == b[j]:
                cur[j + 1] = prev[j] + 1
            else:
                up, left = prev[j + 1], cur[j]
                cur[j + 1] = up if up > left else left
        dp.append(cur)
    letters, i, j = [], n, m
    while i and j:
        if a[i - 1] == b[j - 1]:
            letters.append(a[i - 1])
            i, j = i - 1, j - 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    word = "".join(letters)
    print(len(word))
    if word:
        print(word)


main()
