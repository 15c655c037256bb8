"""A sample's explanation from its executed answer: reads {"input", "output", "language"} as JSON. Names the pairs
the greedy ties."""
import json
import sys


def josa(word, pair):
    """The Korean particle of `pair` ("을/를", "이/가", "과/와", "으로/로") that fits the last syllable of `word`, read
    aloud: 0 영, 3 삼, 6 육 end in a consonant; 1 일, 7 칠, 8 팔 in ㄹ, which takes 로; closing brackets are skipped."""
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


case = json.load(sys.stdin)
data = case["input"].split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
answer = case["output"].split()[0]
big = sorted((x for x in a if x > 1), reverse=True)
low = sorted(x for x in a if x <= 0)
pairs, alone = [], [x for x in a if x == 1]
for group in (big, low):
    i = 0
    while i + 1 < len(group):
        pairs.append((group[i], group[i + 1]))
        i += 2
    alone += group[i:]
shown_pairs = ", ".join(f"({x})×({y})" if min(x, y) < 0 else f"{x}×{y}" for x, y in pairs)
shown_alone = ", ".join(f"({x})" if x < 0 else str(x) for x in sorted(alone, reverse=True))
if case["language"] == "ko":
    parts = [f"{shown_pairs}{josa(shown_pairs, '으로/로')} 묶고" if pairs else "아무것도 묶지 않고"]
    parts.append(f"{shown_alone}{josa(shown_alone, '은/는')} 그대로 더하면" if alone else "모두 묶으면")
    print(" ".join(parts) + f" 점수가 {answer}{josa(answer, '으로/로')} 가장 큽니다.")
else:
    parts = [f"Tying {shown_pairs}" if pairs else "Tying nothing"]
    parts.append(f"and adding {shown_alone} as they are" if alone else "and leaving nothing untied")
    print(" ".join(parts) + f" gives {answer}, the largest score.")
