"""A sample's explanation: which values are raised to the answer value and at what cost (from the sample)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"

def josa(word, pair):
    """The Korean particle of `pair` ("을/를", "이/가", "으로/로") that fits the last syllable of `word`, read aloud:
    0 영, 3 삼, 6 육 end in a consonant; 1 일, 7 칠, 8 팔 in ㄹ, which takes 로; closing brackets are skipped."""
    with_final, without = pair.split("/")
    last = str(word).rstrip(")}] ")[-1:]
    if last.isdigit():
        final, rieul = last not in "2459", last in "178"
    elif "가" <= last <= "힣":
        code = (ord(last) - 0xAC00) % 28
        final, rieul = code != 0, code == 8
    else:
        final, rieul = False, False
    return without if not final or (pair == "으로/로" and rieul) else with_final


toks = case["input"].split()
n, k = int(toks[0]), int(toks[1])
a = sorted(int(v) for v in toks[2:2 + n])
best = (0, 0, 0)
for r in range(n):
    l = r
    while l > 0 and a[r] * (r - l + 2) - sum(a[l - 1:r + 1]) <= k:
        l -= 1
    if r - l + 1 > best[0]:
        best = (r - l + 1, l, r)
c, l, r = best
v = a[r]
cost = v * c - sum(a[l:r + 1])
raised = " ".join(map(str, a[l:r + 1]))
if ko:
    print(f"정렬하면 {' '.join(map(str, a))}입니다. {raised}{josa(raised, '을/를')} 모두 {v}{josa(v, '으로/로')} 올리는 데 {cost}번이 들고 이는 {k} 이하입니다. "
          f"더 많이 맞출 수는 없고, {c}개를 맞출 수 있는 가장 작은 값이 {v}이므로 답은 {c} {v}입니다.")
else:
    print(f"Sorted: {' '.join(map(str, a))}. Raising {raised} all to {v} costs {cost} ≤ {k} operations. "
          f"No more can be matched, and {v} is the smallest value {c} of them can share, so the answer is {c} {v}.")
