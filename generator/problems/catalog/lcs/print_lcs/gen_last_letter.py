"""Task-local generator: python gen_last_letter.py SEED last [key=value ...] prints short strings A and B (uppercase,
3 to 9 letters over 2 to 4 letters) whose every longest common subsequence takes B's last letter from inside A, not
from A's end: drawn from the seed until a table whose last column is never filled (the j loop run to m - 1, so
dp[i][m] stays 0 and the walk back leaves column m at once) gives a shorter answer. Random strings over 26 letters
rarely need B's last letter at all (mutation sweep seed 7: 'BDA / BD' answers 2, that table 1)."""
import random
import string
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
rng = random.Random(seed)


def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    return dp


def walked(a, b, dp):
    """The length the reference's walk back from (|A|, |B|) finds on the table dp."""
    i, j, got = len(a), len(b), 0
    while i and j:
        if a[i - 1] == b[j - 1]:
            got, i, j = got + 1, i - 1, j - 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return got


if mode != "last":
    raise SystemExit(f"unknown mode {mode}")
while True:
    letters = rng.sample(string.ascii_uppercase, rng.randint(2, 4))
    a = "".join(rng.choice(letters) for _ in range(rng.randint(3, 9)))
    b = "".join(rng.choice(letters) for _ in range(rng.randint(2, 6)))
    dp = lcs(a, b)
    for row in dp:
        row[-1] = 0  # the last column never filled
    if walked(a, b, dp) != lcs(a, b)[-1][-1]:
        break
sys.stdout.write(f"{a}\n{b}\n")
