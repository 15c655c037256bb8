"""A sample's explanation: lists the blocks with exactly K different values (computed from the sample)."""
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
blocks = [(l + 1, r + 1) for l in range(n) for r in range(l, n) if len(set(a[l:r + 1])) == k]
shown = ", ".join(f"[{l}, {r}]" for l, r in blocks[:10]) + (", ..." if len(blocks) > 10 else "")
if not blocks:
    print(f"서로 다른 값이 정확히 {k}개인 구간이 없으므로 답은 0입니다." if ko
          else f"No block has exactly {k} different values, so the answer is 0.")
elif ko:
    print(f"서로 다른 값이 정확히 {k}개인 구간은 {shown}{josa(shown, '으로/로')} 모두 {len(blocks)}개입니다.")
else:
    print(f"The blocks with exactly {k} different values are {shown}: {len(blocks)} in all.")
