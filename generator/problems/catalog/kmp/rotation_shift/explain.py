"""A sample's explanation: the shift found (or why none: the letters differ, or B is not among the N windows of
A + A, which are exactly the shifts of A), computed from the sample."""
import json
import sys
from collections import Counter


case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, a, b = int(toks[0]), toks[1], toks[2]
k = next((k for k in range(n) if a[k:] + a[:k] == b), -1)
if k < 0:
    count_a, count_b = Counter(a), Counter(b)
    letter = next((x for x in sorted(set(a) | set(b)) if count_a[x] != count_b[x]), None)
    if letter is not None:
        print(f"`{a}`에는 `{letter}`이(가) {count_a[letter]}개, `{b}`에는 {count_b[letter]}개 있습니다. 돌려도 글자 수는 "
              f"바뀌지 않으므로 -1입니다." if ko else
              f"`{a}` has {count_a[letter]} {'letter' if count_a[letter] == 1 else 'letters'} `{letter}` and `{b}` has "
              f"{count_b[letter]}; a shift keeps every letter's "
              f"count, so the answer is -1.")
    else:
        print(f"`{a}`을(를) 돌린 문자열은 `{a}{a}`의 길이 {n}인 부분 문자열뿐인데, 그 안에 `{b}`이(가) 없으므로 "
              f"-1입니다." if ko else
              f"The shifts of `{a}` are exactly the length-{n} pieces of `{a}{a}`, and `{b}` is not one of them, so the "
              f"answer is -1 (the letters alone do not settle it: both have the same ones).")
elif ko:
    print(f"{'첫 글자' if k == 1 else f'앞의 {k}글자'}(`{a[:k]}`)를 뒤로 옮기면 `{a[k:]}` + `{a[:k]}` = `{b}`이고, 더 작은 k로는 안 되므로 답은 {k}입니다."
          if k else f"`{a}`이(가) 이미 `{b}`과(와) 같으므로 답은 0입니다.")
else:
    print(f"Moving the first {'letter' if k == 1 else f'{k} letters'} `{a[:k]}` to the end gives `{a[k:]}` + `{a[:k]}` "
          f"= `{b}`, and no smaller shift works, so the answer is {k}." if k else
          f"`{a}` already equals `{b}`, so the answer is 0.")
