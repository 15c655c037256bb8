"""A sample's explanation: lists the pairs of values that differ by K (computed from the sample)."""
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
a = [int(v) for v in toks[2:2 + n]]
pairs = [(a[i], a[j]) for i in range(n) for j in range(i + 1, n) if a[j] - a[i] == k]
shown = ", ".join(f"({x}, {y})" for x, y in pairs)
if not pairs:
    print(f"차이가 {k}인 두 값이 없으므로 답은 0입니다." if ko else f"No two values differ by {k}, so the answer is 0.")
elif ko:
    print(f"차이가 {k}인 값의 쌍은 {shown}{josa(shown, '으로/로')} 모두 {len(pairs)}개입니다.")
else:
    print(f"The pairs of values that differ by {k} are {shown}: {len(pairs)} in all.")
