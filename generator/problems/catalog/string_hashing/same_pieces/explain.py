"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys


def josa(word, pair):
    """The particle of `pair` ("을/를", "이/가", "은/는", "과/와", "으로/로") that fits how `word` ends when read
    aloud, as generator/problems/textkit.josa decides: a Latin letter is read by its Korean name, and l, m, n, r
    (엘, 엠, 엔, 알) end in a consonant (l and r in ㄹ, which takes 로)."""
    with_batchim, without = pair.split("/")
    last = str(word).rstrip()[-1:]
    if last.isdigit():
        final, rieul = last not in "2459", last in "178"
    elif "가" <= last <= "힣":
        code = (ord(last) - 0xAC00) % 28
        final, rieul = code != 0, code == 8
    else:
        final, rieul = last in "lLmMnNrR", last in "lLrR"
    return without if not final or (pair == "으로/로" and rieul) else with_batchim


case = json.load(sys.stdin)
ko = case["language"] == "ko"
data = case["input"].split()
s, q = data[0], int(data[1])
answers = case["output"].split()
parts = []
for t in range(min(q, 4)):
    a, b, k = (int(x) for x in data[2 + 3 * t:5 + 3 * t])
    x, y = s[a - 1:a - 1 + k], s[b - 1:b - 1 + k]
    if ko:
        parts.append(f"질문 {t + 1}에서는 `{x}`, `{y}`{josa(y, '을/를')} 비교하므로 답은 {answers[t]}입니다")
    else:
        parts.append(f"question {t + 1} compares `{x}` with `{y}`: {answers[t]}")
text = ("; ".join(parts) + ".") if not ko else (". ".join(parts) + ".")
print(text[0].upper() + text[1:])
