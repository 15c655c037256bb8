"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys


case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
tokens = case["input"].split()
answer = case["output"].split()
SHOW = 8


def listed(items):
    shown = ", ".join(items[:SHOW])
    if len(items) > SHOW:
        shown += (f" 외 {len(items) - SHOW}개" if ko else f" and {len(items) - SHOW} more")
    return shown


def is_pal(s):
    return s == s[::-1]


if variant == "check_words":
    parts = []
    for word in tokens[1:]:
        folded = word.lower()
        verdict = "YES" if is_pal(folded) else "NO"
        if ko:
            parts.append(f"`{word}`: 소문자로 바꾸면 `{folded}`, 뒤집으면 `{folded[::-1]}`이므로 {verdict}")
        else:
            parts.append(f"`{word}` in lowercase is `{folded}`, reversed `{folded[::-1]}`: {verdict}")
    text = ("; ".join(parts) + ".") if len(parts) <= SHOW else ("; ".join(parts[:SHOW]) + " …")
elif variant == "longest_substring":
    s = tokens[1]
    best = answer[1]
    size = len(best)
    starts = [i + 1 for i in range(len(s) - size + 1) if is_pal(s[i:i + size])]
    if len(starts) == 1:
        text = (f"가장 긴 팰린드롬 부분 문자열은 길이가 {size}이며, {starts[0]}번째 글자부터 시작하는 `{best}` "
                f"하나뿐입니다." if ko else
                f"The longest palindromic substring has length {size} and starts at position {starts[0]}: `{best}`.")
    else:
        at = listed([str(i) for i in starts])
        text = (f"길이가 {size}인 팰린드롬 부분 문자열은 {len(starts)}개이고(시작 위치 {at}), 그중 가장 왼쪽 것은 "
                f"{starts[0]}번째 글자부터 시작하는 `{best}`입니다." if ko else
                f"There are {len(starts)} palindromic substrings of the greatest length {size} "
                f"(starting at positions {at}); "
                f"the leftmost one starts at position {starts[0]}: `{best}`.")
elif variant == "min_insertions":
    s = tokens[1]
    n = len(s)
    # lps[i][j]: longest palindromic subsequence of s[i..j]; kept letters are never inserted around
    lps = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        lps[i][i] = 1
        for j in range(i + 1, n):
            lps[i][j] = lps[i + 1][j - 1] + 2 if s[i] == s[j] else max(lps[i + 1][j], lps[i][j - 1])
    left, right, i, j = [], [], 0, n - 1
    while i <= j:  # rebuild one shortest palindrome by inserting the mirror of each unmatched letter
        if i == j:
            left.append(s[i])
            break
        if s[i] == s[j]:
            left.append(s[i])
            right.append(s[j])
            i += 1
            j -= 1
        elif lps[i + 1][j] >= lps[i][j - 1]:
            left.append(s[i])
            right.append(s[i])
            i += 1
        else:
            left.append(s[j])
            right.append(s[j])
            j -= 1
    result = "".join(left) + "".join(reversed(right))
    k = int(answer[0])
    if ko:
        fewer = f" {k - 1}개 이하로는 팰린드롬을 만들 수 없습니다." if k > 1 else ""
        text = (f"예를 들어 글자 {k}개를 넣어 `{result}`을(를) 만들면 팰린드롬이 됩니다.{fewer}" if k else
                "이미 팰린드롬입니다.")
    else:
        letters = "one letter" if k == 1 else f"{k} letters"
        fewer = f" {k - 1} or fewer insertions cannot make one." if k > 1 else ""
        text = (f"For example, inserting {letters} gives `{result}`, a palindrome.{fewer}" if k else
                "The string is already a palindrome.")
else:
    s = tokens[1]
    n = len(s)
    found = [f"`{s[l:r + 1]}` ({l + 1}–{r + 1})" for l in range(n) for r in range(l, n) if is_pal(s[l:r + 1])]
    if ko:
        text = f"팰린드롬인 부분 문자열은 모두 {answer[0]}개입니다: {listed(found)}."
    else:
        text = f"The palindromic substrings are {listed(found)}: {answer[0]} in all."
print(text)
