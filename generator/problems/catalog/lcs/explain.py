"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
a, b = case["input"].split()
answer = case["output"].split()
n, m = len(a), len(b)


def lcs_table():
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(m):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    return dp


def one_lcs():
    dp, i, j, out = lcs_table(), n, m, []
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i, j = i - 1, j - 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))


def positions(s, t):
    """1-based positions of the letters of s taken greedily from the left of t."""
    found, k = [], 0
    for ch in s:
        while t[k] != ch:
            k += 1
        found.append(k + 1)
        k += 1
    return ", ".join(map(str, found))


def edit_script():
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 or j == 0:
                dp[i][j] = i + j
            else:
                dp[i][j] = min(dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]), dp[i - 1][j] + 1, dp[i][j - 1] + 1)
    steps, i, j = [], n, m
    while i or j:
        if i and j and dp[i][j] == dp[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                steps.append(("replace", a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i and dp[i][j] == dp[i - 1][j] + 1:
            steps.append(("delete", a[i - 1], ""))
            i -= 1
        else:
            steps.append(("insert", "", b[j - 1]))
            j -= 1
    return list(reversed(steps))


if variant in ("length", "print_lcs"):
    word = answer[1] if variant == "print_lcs" and len(answer) > 1 else one_lcs()
    if not word:
        print("두 문자열에 함께 나오는 글자가 없으므로 답은 0입니다." if ko else
              "No letter occurs in both strings, so the answer is 0.")
    elif ko:
        print(f"`{word}`은(는) $A$의 {positions(word, a)}번째 글자와 $B$의 {positions(word, b)}번째 글자로 이루어진 "
              f"공통 부분 수열이며 길이는 {len(word)}입니다. 이보다 긴 공통 부분 수열은 없습니다.")
    else:
        letters = "letter" if len(word) == 1 else "letters"
        print(f"`{word}` is a common subsequence of length {len(word)}: {letters} {positions(word, a)} of $A$ and "
              f"{letters} {positions(word, b)} of $B$. No common subsequence is longer.")
else:
    steps = edit_script()
    if not steps:
        print("두 문자열이 같으므로 연산이 필요 없습니다." if ko else "The strings are equal, so no operation is needed.")
    else:
        names_ko = {"replace": "바꾸기", "delete": "지우기", "insert": "끼워 넣기"}
        parts = []
        for op, x, y in steps:
            if op == "replace":
                parts.append(f"`{x}`→`{y}` {names_ko[op]}" if ko else f"replace `{x}` by `{y}`")
            elif op == "delete":
                parts.append(f"`{x}` {names_ko[op]}" if ko else f"delete `{x}`")
            else:
                parts.append(f"`{y}` {names_ko[op]}" if ko else f"insert `{y}`")
        if ko:
            print(f"예를 들어 다음 {len(steps)}번의 연산으로 $A$를 $B$로 바꿀 수 있습니다: {', '.join(parts)}. "
                  f"이보다 적은 연산으로는 바꿀 수 없습니다.")
        else:
            print(f"For example, these {len(steps)} operations turn $A$ into $B$: {', '.join(parts)}. "
                  f"No shorter sequence of operations does it.")
